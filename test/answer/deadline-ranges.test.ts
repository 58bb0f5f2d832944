/**
 * Dated questions keep to the range and the kind of change they name: "this year" and "next year" are
 * calendar years, "in December" is that month, "exam version changes" lists new and retiring exam codes.
 * Expected changes are computed from the catalog's events, so the tests hold as the catalog grows.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { datedChanges } from '../../src/answer/dated-changes.js';
import type { AnswerOf, DatedChange } from '../../src/answer/types.js';
import { loadTestIndex, noon } from './load-test-catalog.js';

const index = await loadTestIndex();

function deadlines(q: string, day: string): AnswerOf<'deadlines'> {
  const a = answerQuestion(q, { index, now: noon(day) });
  if (a.intent !== 'deadlines') throw new Error(`${q} → ${a.intent}, expected deadlines`);
  return a;
}

const key = (d: DatedChange) => `${d.credentialId} ${d.kind} ${d.code ?? ''} ${d.date}`;
const listed = (a: AnswerOf<'deadlines'>) => [...a.upcoming, ...a.recent, ...(a.latest ?? [])];
const retirement = (d: DatedChange) => d.kind === 'last-exam' || d.kind === 'retired';

describe('calendar ranges', () => {
  it('"this year" is the calendar year of today, "next year" the one after, "last year" the one before', () => {
    for (const [q, offset] of [
      ["what's retiring this year", 0],
      ['which exams retire next year', 1],
      ['which exams retired last year', -1],
    ] as const) {
      const day = '2026-11-24';
      const a = deadlines(q, day);
      const year = 2026 + offset;
      expect(a.year, q).toBe(year);
      const expected = datedChanges(index, noon(day))
        .filter((d) => retirement(d) && d.date.startsWith(String(year)))
        .filter((d) => (offset < 0 ? d.days < 0 : d.days >= 0));
      const got = (offset < 0 ? a.recent : a.upcoming).map(key);
      expect(got.sort(), q).toEqual(expected.map(key).sort());
    }
  });

  it('"in the next year" stays a rolling 365 days', () => {
    const a = deadlines('anything retiring in the next year', '2026-11-24');
    expect(a.year).toBeUndefined();
    expect(a.horizonDays).toBe(365);
  });

  it('"in December" is the next December; "in March 2027" that month', () => {
    for (const [q, day, month] of [
      ['anything expiring in december', '2026-11-24', '2026-12'],
      ['any changes in march 2027', '2026-11-24', '2027-03'],
      ['what changes in may', '2026-11-24', '2027-05'],
    ] as const) {
      const a = deadlines(q, day);
      expect(a.month, q).toBe(month);
      const expected = datedChanges(index, noon(day)).filter((d) => d.date.startsWith(month));
      expect(listed(a).map(key).sort(), q).toEqual(expected.map(key).sort());
    }
  });
});

describe('kinds of change', () => {
  it('"exam version changes" lists new and retiring exam codes and version changes, nothing else', () => {
    const day = '2026-11-24';
    const a = deadlines('exam version changes', day);
    expect(a.examVersions).toBe(true);
    const versionKinds = ['announced', 'launched', 'beta-starts', 'beta-ends', 'last-exam', 'retired'];
    const isVersion = (d: DatedChange) =>
      d.kind === 'version-change' || (d.code !== undefined && versionKinds.includes(d.kind));
    const expected = datedChanges(index, noon(day)).filter((d) => isVersion(d) && d.days >= 0 && d.days <= 365);
    expect(expected.length).toBeGreaterThan(0);
    expect(a.upcoming.map(key)).toEqual(expected.map(key));
    expect(listed(a).every(isVersion)).toBe(true);
  });

  it.each([
    ['anything new in 2026?', 2026],
    ['what came out in 2025', 2025],
    ['which certs were released in 2025', 2025],
  ])('"%s" lists launches of that year', (q, year) => {
    const a = deadlines(q, '2026-11-24');
    expect(a.kinds).toEqual(['launched']);
    expect(a.year).toBe(year);
    expect(listed(a).length).toBeGreaterThan(0);
    expect(listed(a).every((d) => d.kind === 'launched' && d.date.startsWith(String(year)))).toBe(true);
  });

  it('"new exams coming out" lists launches still to come', () => {
    const a = deadlines('new exams coming out', '2026-11-24');
    expect(a.kinds).toEqual(['launched']);
    expect(a.upcoming.every((d) => d.kind === 'launched' && d.days >= 0)).toBe(true);
  });
});
