/** "Which role are you in?" offers one question per role; each must read well and be understood as that role. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { askForRole } from '../../../src/render/doc/describe-recommend.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { loadIndex } from '../support/make-answers.js';

const index = await loadIndex();
const now = new Date('2026-11-24T12:00:00Z');

describe('questions offered per role', () => {
  it.each(index.catalog.roles.map((r) => [r.id, r] as const))(
    '%s: the offered question asks about that role',
    (id, role) => {
      const q = askForRole(role);
      expect(q).not.toMatch(/\ba [aeiou]/i);
      const a = answerQuestion(q, { index, now });
      expect(a.intent === 'recommend' && a.role?.id, q).toBe(id);
    },
  );

  it('the role list never says "a grc" or "a auditor"', () => {
    const out = renderTextAnswer(answerQuestion('what should I take', { index, now }), { lookup: index });
    expect(out).toContain('what should auditors take first?');
    expect(out).not.toMatch(/what should an? (grc|auditor|appsec|early) /);
  });
});
