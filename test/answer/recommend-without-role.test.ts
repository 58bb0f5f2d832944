/**
 * Recommendations with no role named (issue 9 §3): "what's next after CISSP" ranks what follows what is
 * held; "what AI cert should I get under $1,000" ranks what meets the constraints. Expectations are
 * computed from the catalog data (prerequisites, stacking paths, prices), so they hold as it grows.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAlternatives } from '../../src/answer/answer-eligibility.js';
import { answerEligibleFor, unlockedBy as unlockedByHeld } from '../../src/answer/answer-eligible-for.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { usdExamPrice } from '../../src/answer/credential-fields.js';
import type { Answer, AnswerOf } from '../../src/answer/types.js';
import { requiredOf } from '../../src/catalog/fact-values.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

const index = await loadTestIndex();

function recommend(q: string): AnswerOf<'recommend'> {
  const a: Answer = answerQuestion(q, { index, now: TODAY });
  expect(a.intent, q).toBe('recommend');
  return a as AnswerOf<'recommend'>;
}

const ids = (a: AnswerOf<'recommend'>) => a.picks.map((p) => p.view.credential.id);

/** The credentials a held one is a prerequisite alternative of. */
function unlockedBy(held: string): string[] {
  return index.catalog.credentials
    .filter((c) => evaluateAlternatives(c, [{ kind: 'credential', id: held }], index).some((a) => a.satisfied))
    .map((c) => c.id);
}

/** The prerequisite credentials of `id`: holding `id` implies holding one, so they are never "next". */
function prerequisitesOf(id: string): string[] {
  const c = index.credential(id);
  const r = c ? requiredOf(c) : null;
  return r && r !== 'none' ? r.any_of.flatMap((alt) => ('credential' in alt ? [alt.credential] : [])) : [];
}

describe('what next after a held credential, no role named', () => {
  it.each([
    ["what's next after cissp", 'cissp'],
    ['next step after CISM', 'cism'],
    ['what should i take after cisa', 'cisa'],
  ])('%s: what the holding unlocks comes first', (q, held) => {
    const a = recommend(q);
    expect(a.role).toBeNull();
    expect(a.basis).toBe('held');
    expect(unlockedBy(held)).toContain(ids(a)[0]);
    expect(ids(a)).not.toContain(held);
  });

  it.each([
    ['what after security+', 'security-plus'],
    ['i have oscp whats next', 'oscp'],
    ['after aaism what should i take', 'aaism'],
  ])('%s: never the holding, nor one of its own prerequisites', (q, held) => {
    const a = recommend(q);
    expect(ids(a).length).toBeGreaterThan(0);
    for (const id of [held, ...prerequisitesOf(held)]) expect(ids(a)).not.toContain(id);
  });

  it('follows a stacking path of roles.yaml', () => {
    const next = index.catalog.roles
      .flatMap((role) => role.paths)
      .flatMap((p) => p.steps.flatMap((s, i) => (s === 'oscp' && p.steps[i + 1] ? [p.steps[i + 1]] : [])));
    expect(next.length).toBeGreaterThan(0);
    expect(ids(recommend('i have oscp whats next'))).toContain(next[0]);
  });

  it('weighs what is asked: an AI-security credential leads "I have CCSP, what next for AI"', () => {
    const a = recommend('i have ccsp, what next for ai');
    const first = index.credential(ids(a)[0] ?? '');
    expect(first?.ai_focus).toBe('primary');
    expect(ids(a)).not.toContain('ccsp');
  });

  it('titles the answer by what is held, not by a role', () => {
    const text = renderTextAnswer(recommend("what's next after cissp"), { lookup: index });
    expect(text).toContain('what next after CISSP');
    expect(text).not.toContain('Which role are you in?');
  });
});

describe('constraints only, no role and nothing held', () => {
  it.each([
    ['what ai cert should i get under 1000 dollars', 1000],
    ['best ai security cert under $800', 800],
  ])('%s: AI-security credentials within the budget', (q, budget) => {
    const a = recommend(q);
    expect(a.basis).toBe('conditions');
    expect(a.picks.length).toBeGreaterThan(0);
    for (const p of a.picks) {
      const price = usdExamPrice(p.view.credential);
      expect(price.kind === 'usd' && price.amount <= budget, p.view.credential.id).toBe(true);
    }
    expect(index.credential(ids(a)[0] ?? '')?.ai_focus).toBe('primary');
  });

  it('still asks for the role when nothing but "which cert" is said', () => {
    const a = recommend('which ai security cert should i get');
    expect(a.picks).toEqual([]);
    expect(a.roles.length).toBeGreaterThan(0);
  });
});

describe('what holdings unlock, beside a recommendation', () => {
  it.each([[['cissp', 'cisa']], [['cism']], [['security-plus']], [['crisc', 'cism']]])(
    'is what the full "what can I sit" answer lists as unlocked (%j)',
    (held) => {
      const h = held.map((id) => ({ kind: 'credential' as const, id }));
      const full = answerEligibleFor(h, index, TODAY).eligibleFor.unlocked.map((u) => u.view.credential.id);
      expect(unlockedByHeld(h, index, TODAY).map((u) => u.view.credential.id)).toEqual(full);
    },
  );
});
