/**
 * Answers that depend on the date, pinned before, on and after each event: the same question gets a
 * different, correct answer as the calendar moves.
 */
import { describe, expect, it } from 'vitest';
import { answerCredentialIds } from '../../src/answer/answer-credential-ids.js';
import { LATEST_COUNT, RECENT_DAYS } from '../../src/answer/answer-deadlines.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { datedChanges } from '../../src/answer/dated-changes.js';
import type { Answer, AnswerOf } from '../../src/answer/types.js';
import { daysBetween } from '../../src/answer/utc-day.js';
import { eventDay } from '../../src/catalog/fact-values.js';

function isIntent<I extends Answer['intent']>(a: Answer, intent: I): a is AnswerOf<I> {
  return a.intent === intent;
}

import { loadTestIndex, noon, TODAY } from './load-test-catalog.js';

const index = await loadTestIndex();

function askOn<I extends Answer['intent']>(intent: I, question: string, day: string): AnswerOf<I> {
  const a = answerQuestion(question, { index, now: noon(day) });
  if (!isIntent(a, intent)) throw new Error(`${question} on ${day} was answered as ${a.intent}`);
  return a;
}

const changeIds = (list: AnswerOf<'deadlines'>['upcoming']) => list.map((d) => `${d.credentialId} ${d.kind} ${d.days}`);

/**
 * What the catalog itself holds: every event whose day is `from`..`to` days from `day`, as "id kind days", in date
 * order (ties by credential id). Computed from the raw events so whole-catalog assertions follow the data.
 */
function eventsWithin(day: string, from: number, to: number): string[] {
  return index.catalog.credentials
    .flatMap((c) => c.events.map((e) => ({ id: c.id, kind: e.kind, date: eventDay(e) })))
    .map((e) => ({ ...e, days: daysBetween(day, e.date) }))
    .filter((e) => e.days >= from && e.days <= to)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => `${e.id} ${e.kind} ${e.days}`);
}

/** The first 1 June after the catalog's last dated event plus the recent window: nothing upcoming or recent. */
function quietDay(): string {
  const last =
    index.catalog.credentials
      .flatMap((c) => c.events.map(eventDay))
      .sort()
      .at(-1) ?? '2026-01-01';
  return `${Number(last.slice(0, 4)) + 2}-06-01`;
}

describe('"is MLS-C01 still available" around its last exam day, 2026-03-31', () => {
  it('the day before: still open, retiring tomorrow, with the replacements named', () => {
    const a = askOn('lookup', 'is MLS-C01 still available', '2026-03-30');
    expect(a.subject.status).toMatchObject({ state: 'retiring', lastExam: '2026-03-31' });
    expect(a.subject.status.next).toMatchObject({ kind: 'last-exam', days: 1 });
    // content-e (issue 8): ctaio.dev (https://ctaio.dev/en/ai-certifications/aws-ai-certification/) names GenAI Developer – Professional (AIP-C01) among MLS-C01's replacements, next to the seed's MLA and AIF.
    expect(answerCredentialIds(a)).toEqual(['mls-c01', 'mla-c01', 'aif-c01', 'aip-c01']);
  });

  it('on the day: the last day to sit it', () => {
    const a = askOn('lookup', 'is MLS-C01 still available', '2026-03-31');
    expect(a.subject.status.state).toBe('last-day');
    expect(a.subject.status.next).toMatchObject({ kind: 'last-exam', days: 0 });
  });

  it('the day after: retired, and what replaced it', () => {
    const a = askOn('lookup', 'is MLS-C01 still available', '2026-04-01');
    expect(a.subject.status).toMatchObject({
      state: 'retired',
      retiredOn: '2026-04-01',
      replacedBy: ['mla-c01', 'aif-c01', 'aip-c01'],
    });
    expect(a.related.map((v) => v.status.state)).toEqual(['active', 'active', 'announced']);
  });
});

describe('SCS-C02 → SCS-C03 around 2025-12-01/02 (exam versions of one certification)', () => {
  it.each([
    ['2025-11-30', 'current'],
    ['2025-12-01', 'current'],
    ['2025-12-02', 'previous'],
  ] as const)('on %s "is scs-c02 still offered" answers the certification, with SCS-C02 %s', (day, status) => {
    const a = askOn('lookup', 'is scs-c02 still offered', day);
    expect(a.subject.credential.id).toBe('scs-c03');
    expect(a.subject.status.state).toBe('active');
    expect(a.subject.status.versions.find((v) => v.code === 'SCS-C02')?.status).toBe(status);
  });

  it('asked the day before, "aws deadlines" lists the switch and the ML Specialty, soonest first', () => {
    const a = askOn('deadlines', 'aws deadlines', '2025-11-30');
    expect(a.scope.issuer?.id).toBe('aws');
    expect(changeIds(a.upcoming).slice(0, 3)).toEqual([
      'scs-c03 last-exam 1',
      'scs-c03 launched 2',
      'aip-c01 beta-ends 121',
    ]);
    expect(a.upcoming.every((d) => index.credential(d.credentialId)?.issuer === 'aws')).toBe(true);
    expect(a.upcoming.find((d) => d.kind === 'last-exam' && d.credentialId === 'scs-c03')?.code).toBe('SCS-C02');
  });

  it('asked the day after, the switch is recent, not upcoming', () => {
    const a = askOn('deadlines', 'aws deadlines', '2025-12-03');
    // Other AWS changes of those weeks (AIP-C01's beta opening) may be listed too; SCS's two lead.
    expect(changeIds(a.recent).filter((id) => id.startsWith('scs-'))).toEqual([
      'scs-c03 launched -1',
      'scs-c03 last-exam -2',
    ]);
    expect(a.upcoming.some((d) => d.credentialId.startsWith('scs-'))).toBe(false);
  });
});

describe('AIP-C01: beta ends 2026-03-31, standard exam from 2026-04-14', () => {
  it.each([
    ['2026-03-30', 'beta', 1],
    ['2026-03-31', 'beta', 0],
  ] as const)('on %s it is %s and the beta end is %i days away', (day, state, days) => {
    const a = askOn('deadlines', 'when does the aip-c01 beta end', day);
    expect(a.scope.credentials[0]?.status.state).toBe(state);
    expect(a.upcoming[0]).toMatchObject({ kind: 'beta-ends', days });
  });

  it('after launch, both dates are in the past and it is active', () => {
    const a = askOn('deadlines', 'when does the aip-c01 beta end', '2026-04-15');
    expect(a.upcoming).toEqual([]);
    // Most recent first; the beta's opening (when the catalog has it) comes after.
    expect(changeIds(a.recent).slice(0, 2)).toEqual(['aip-c01 launched -1', 'aip-c01 beta-ends -15']);
    expect(a.scope.credentials[0]?.status.state).toBe('active');
  });
});

describe('"any exam retirements coming up?" and horizons', () => {
  it('early in 2026 the ML Specialty retirement is coming up', () => {
    const a = askOn('deadlines', 'any exam retirements coming up?', '2026-03-01');
    expect(changeIds(a.upcoming)).toContain('mls-c01 last-exam 30');
  });

  it('on 2026-11-24 the next changes include CS0-003 retiring, CCNA v2.0 and SY0-701 retiring', () => {
    // CS0-003 2026-12-22, CCNA v2.0 2027-02-03 and SY0-701 2027-06-11: see content-a's sources in catalog/credentials.
    const a = askOn('deadlines', 'any exam changes coming up?', '2026-11-24');
    expect(changeIds(a.upcoming)).toEqual(
      expect.arrayContaining(['cysa-plus retired 28', 'ccna outline-change 71', 'security-plus retired 199']),
    );
    expect(changeIds(a.upcoming)).toEqual(eventsWithin('2026-11-24', 0, a.horizonDays));
    expect(changeIds(a.recent)).toEqual(eventsWithin('2026-11-24', -RECENT_DAYS, -1).reverse());
  });

  it('when nothing is scheduled, the answer says so with an empty list rather than old news', () => {
    const quiet = quietDay();
    const a = askOn('deadlines', 'any exam retirements coming up?', quiet);
    expect(a.upcoming).toEqual([]);
    expect(a.recent).toEqual([]);
  });

  it('a future change (CCSP outline, 2026-08-01) is upcoming before, today on, and recent after the day', () => {
    // Other credentials' events share these windows; only CCSP's rows are compared, the rest must match the catalog.
    const ccsp = (list: AnswerOf<'deadlines'>['upcoming']) => changeIds(list).filter((id) => id.startsWith('ccsp '));
    const before = askOn('deadlines', 'what changes in the next 90 days', '2026-07-15');
    expect(ccsp(before.upcoming)).toEqual(['ccsp outline-change 17']);
    expect(changeIds(before.upcoming)).toEqual(eventsWithin('2026-07-15', 0, 90));
    expect(ccsp(askOn('deadlines', 'what changes in the next 90 days', '2026-08-01').upcoming)).toEqual([
      'ccsp outline-change 0',
    ]);
    const after = askOn('deadlines', 'what changes in the next 90 days', '2026-08-02');
    expect(ccsp(after.upcoming)).toEqual([]);
    expect(ccsp(after.recent)).toEqual(['ccsp outline-change -1']);
    expect(changeIds(after.upcoming)).toEqual(eventsWithin('2026-08-02', 0, 90));
    expect(changeIds(after.recent)).toEqual(eventsWithin('2026-08-02', -RECENT_DAYS, -1).reverse());
  });

  it('a question about retirements keeps to retirements, the latest ones too', () => {
    const a = askOn('deadlines', 'any exam retirements coming up?', '2026-11-24');
    for (const d of [...a.upcoming, ...a.recent, ...(a.latest ?? [])])
      expect(['last-exam', 'retired']).toContain(d.kind);
    expect(a.upcoming.length + a.recent.length + (a.latest ?? []).length).toBeGreaterThan(0);
  });

  it('with nothing upcoming or recent, the latest changes still answer, newest first, a retirement among them', () => {
    const quiet = quietDay();
    const a = askOn('deadlines', 'any exam changes coming up?', quiet);
    expect(a.upcoming).toEqual([]);
    expect(a.recent).toEqual([]);
    const latest = a.latest ?? [];
    expect(latest.length).toBe(LATEST_COUNT);
    const days = latest.map((d) => d.days);
    expect(days).toEqual([...days].sort((x, y) => y - x));
    const past = eventsWithin(quiet, Number.NEGATIVE_INFINITY, -1).reverse();
    expect(changeIds(latest).slice(0, LATEST_COUNT - 1)).toEqual(past.slice(0, LATEST_COUNT - 1));
    expect(latest.some((d) => d.kind === 'retired' || d.kind === 'last-exam')).toBe(true);
  });

  it('the latest changes are left out whenever something is upcoming or recent', () => {
    expect(askOn('deadlines', 'what changes in the next 90 days', '2026-08-02').latest).toBeUndefined();
    expect(askOn('deadlines', 'any exam retirements coming up?', '2026-03-01').latest).toBeUndefined();
    expect(askOn('deadlines', 'when does mls-c01 retire', '2026-11-24').latest).toBeUndefined();
  });

  it('the horizon bounds what counts as upcoming', () => {
    const within = askOn('deadlines', 'what changes in the next 90 days', '2026-01-10');
    expect(within.horizonDays).toBe(90);
    expect(changeIds(within.upcoming)).toEqual(
      expect.arrayContaining([
        'cciso version-change 22',
        'aigp outline-change 23',
        'secai-plus launched 38',
        'aip-c01 beta-ends 80',
        'mls-c01 last-exam 80',
      ]),
    );
    expect(changeIds(within.upcoming)).toEqual(eventsWithin('2026-01-10', 0, 90));
    const twoWeeks = askOn('deadlines', 'what changes in the next 2 weeks', '2026-01-10');
    expect(changeIds(twoWeeks.upcoming)).toEqual(eventsWithin('2026-01-10', 0, 14));
    expect(changeIds(twoWeeks.upcoming)).not.toContain('cciso version-change 22');
  });
});

describe('datedChanges', () => {
  it('places every event against today, sorted by date', () => {
    const all = datedChanges(index, TODAY);
    const dates = all.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    const mls = all.find((d) => d.credentialId === 'mls-c01' && d.kind === 'last-exam');
    // content-e (issue 8): ctaio.dev (https://ctaio.dev/en/ai-certifications/aws-ai-certification/) names GenAI Developer – Professional (AIP-C01) among MLS-C01's replacements, next to the seed's MLA and AIF.
    expect(mls).toMatchObject({ date: '2026-03-31', days: -238, replacedBy: ['mla-c01', 'aif-c01', 'aip-c01'] });
    expect(mls?.sources.map((s) => s.kind)).toContain('seed');
  });

  it('filters by credential, issuer and window', () => {
    expect(datedChanges(index, TODAY, { credentials: ['mls-c01'] }).map((d) => d.kind)).toEqual(['last-exam']);
    const isaca = datedChanges(index, TODAY, { issuer: 'isaca' });
    expect(isaca.length).toBeGreaterThan(0);
    expect(isaca.every((d) => index.credential(d.credentialId)?.issuer === 'isaca')).toBe(true);
    const window = datedChanges(index, noon('2026-07-15'), { fromDays: 0, toDays: 30 });
    expect(window.map((d) => d.credentialId)).toContain('ccsp');
    expect(changeIds(window)).toEqual(eventsWithin('2026-07-15', 0, 30));
  });
});
