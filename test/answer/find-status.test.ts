/**
 * Listings by status with AI focus ("retired AI certs", "AI certs not out yet"): a find over both
 * conditions, never the catalog-wide dated changes. When no AI-security credential has the status, the
 * credentials where AI is part of it and that have it are offered instead, and the answer says so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import type { AnswerOf } from '../../src/answer/types.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { requiredOf } from '../../src/catalog/fact-values.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

function find(q: string): AnswerOf<'find'> {
  const a = answerQuestion(q, { index, now: TODAY });
  expect(a.intent, q).toBe('find');
  return a as AnswerOf<'find'>;
}

describe('status with AI focus', () => {
  it.each([
    ['retired ai certs', 'retired'],
    ['which AI security certs are retiring', 'retiring'],
    ['AI certs that are not out yet', 'announced'],
  ] as const)('%s lists only %s credentials, AI-security ones or, failing those, partly about AI', (q, state) => {
    const a = find(q);
    const states = state === 'retiring' ? ['retiring', 'last-day'] : [state];
    const listed = a.items.length > 0 ? a.items : a.nearest;
    if (a.items.length > 0) {
      for (const i of a.items) expect(i.view.credential.ai_focus).toBe('primary');
    } else if (a.widened) {
      for (const i of a.nearest) expect(i.view.credential.ai_focus).toBe('partial');
      expect(renderTextAnswer(a, { lookup: index })).toContain('where AI is part of it');
    }
    if (a.items.length > 0 || a.widened) for (const i of listed) expect(states).toContain(i.view.status.state);
  });

  it('offers the AI-related credentials that did retire when no AI-security one did', () => {
    const retiredPartly = index.catalog.credentials.filter((c) => {
      const a = answerQuestion(`${c.id}`, { index, now: TODAY });
      return c.ai_focus === 'partial' && a.intent === 'lookup' && a.subject.status.state === 'retired';
    });
    const a = find('retired ai certs');
    if (a.items.length === 0 && retiredPartly.length > 0) {
      expect(a.widened).toBe(true);
      const ids = retiredPartly.map((c) => c.id);
      for (const i of a.nearest) expect(ids).toContain(i.view.credential.id);
      expect(a.nearest.length).toBe(Math.min(ids.length, 6));
    }
  });

  it('keeps a status question without AI focus about dated changes', () => {
    expect(answerQuestion('retired certs', { index, now: TODAY }).intent).toBe('deadlines');
  });
});

describe('credentials that need a named credential', () => {
  it.each([
    ['which certs need cism', ['cism']],
    ['certs that require cissp or cism', ['cissp', 'cism']],
    ['which certs is cisa a prerequisite for', ['cisa']],
  ])('%s lists exactly those whose prerequisites name it', (q, named) => {
    const a = find(q);
    const expected = index.catalog.credentials
      .filter((c) => {
        const r = requiredOf(c);
        return !!r && r !== 'none' && r.any_of.some((alt) => 'credential' in alt && named.includes(alt.credential));
      })
      .map((c) => c.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(a.items.map((i) => i.view.credential.id).sort()).toEqual(expected);
  });
});
