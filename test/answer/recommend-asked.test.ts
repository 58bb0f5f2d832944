/**
 * A credential weighed in a recommendation ("is CEH worth it for a pentester", "should a SOC analyst take
 * CySA+ or CEH?") is asked about, not held: the answer says where each stands among the role's picks
 * (computed from the answer itself, so it holds as roles.yaml changes) and lists it after the picks.
 */
import { describe, expect, it } from 'vitest';
import { answerCredentialIds } from '../../src/answer/answer-credential-ids.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import type { AnswerOf } from '../../src/answer/types.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

const index = await loadTestIndex();

function recommend(q: string): AnswerOf<'recommend'> {
  const a = answerQuestion(q, { index, now: TODAY });
  expect(a.intent, q).toBe('recommend');
  return a as AnswerOf<'recommend'>;
}

describe('a credential asked about inside a recommendation', () => {
  it.each([
    ['is CEH worth it for a pentester', ['ceh']],
    ['should a pentester take CEH', ['ceh']],
    ['is OSCP worth it for a pentester', ['oscp']],
    ["I'm a SOC analyst, should I take CySA+ or CEH?", ['cysa-plus', 'ceh']],
  ])('%s: asked, never held, and placed among the picks', (q, asked) => {
    const a = recommend(q);
    expect(a.role).not.toBeNull();
    expect((a.held ?? []).map((h) => h.held.id)).not.toEqual(expect.arrayContaining(asked));
    expect((a.asked ?? []).map((x) => x.view.credential.id)).toEqual(asked);
    const picks = a.picks.map((p) => p.view.credential.id);
    const text = renderTextAnswer(a, { lookup: index });
    for (const x of a.asked ?? []) {
      const at = picks.indexOf(x.view.credential.id);
      expect(x.rank, q).toBe(at < 0 ? null : at + 1);
      const name = index.credentialLabel(x.view.credential.id);
      expect(text).toContain(
        x.rank === null
          ? `${name} is not among the picks for this role`
          : `${name} is pick ${x.rank} of ${picks.length} for this role`,
      );
    }
    // The picks in order, then what was asked about that is not among them.
    const ids = answerCredentialIds(a);
    expect(ids.slice(0, picks.length)).toEqual(picks);
    for (const id of asked) expect(ids).toContain(id);
  });

  it('what is held stays held: "I hold Security+, should a SOC analyst take CySA+?"', () => {
    const a = recommend('I hold Security+, as a SOC analyst should I take CySA+?');
    expect((a.held ?? []).map((h) => h.held.id)).toContain('security-plus');
    expect((a.asked ?? []).map((x) => x.view.credential.id)).toEqual(['cysa-plus']);
  });
});
