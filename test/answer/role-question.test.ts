/** "Which role are you in?" offers one question per role; each must read well and be understood as that role. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { roleQuestion } from '../../src/answer/role-question.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

const index = await loadTestIndex();
const now = TODAY;

describe('questions offered per role', () => {
  it.each(index.catalog.roles.map((r) => [r.id, r] as const))(
    '%s: the offered question asks about that role',
    (id, role) => {
      const q = roleQuestion(role);
      expect(q).not.toMatch(/\ba [aeiou]/i);
      const a = answerQuestion(q, { index, now });
      expect(a.intent === 'recommend' && a.role?.id, q).toBe(id);
    },
  );

  it('suggestions for an unclear question ask about roles the same way', () => {
    const a = answerQuestion('whats for lunch', { index, now });
    const roles = a.intent === 'unknown' ? a.suggestions.filter((s) => s.kind === 'role') : [];
    expect(roles.length).toBeGreaterThan(0);
    for (const s of roles) expect(s.ask).toBe(roleQuestion(index.role(s.id) ?? { name: '', aliases: [] }));
  });

  it('the role list never says "a grc" or "a auditor"', () => {
    const out = renderTextAnswer(answerQuestion('what should I take', { index, now }), { lookup: index });
    expect(out).toContain('what should auditors take first?');
    expect(out).not.toMatch(/what should an? (grc|auditor|appsec|early) /);
  });
});
