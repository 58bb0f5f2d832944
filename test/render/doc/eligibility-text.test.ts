/** Eligibility answers that fit a phone: long lists of ways in said once, and conditions not hidden. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { renderSlackAnswer } from '../../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { loadIndex } from '../support/make-answers.js';

const index = await loadIndex();
const text = (q: string) =>
  renderTextAnswer(answerQuestion(q, { index, now: new Date('2026-11-24T12:00:00Z') }), { lookup: index });

describe('eligibility text', () => {
  it('names the first few ways into AAIA in the verdict and counts the rest', () => {
    expect(text('what do I need before AAIA')).toContain(
      'AAIA needs an active CISA, CIA, US CPA or one of 6 others. Which do you hold?',
    );
  });

  it('says a shared condition once for the designations it applies to', () => {
    const out = text('what do I need before AAIA');
    expect(out.match(/IT advisory role\s+focus/g)).toHaveLength(2); // the list line and the experience note
    expect(out).toMatch(/^ {2}- CIA, US CPA, ACCA, FCCA, Canadian CPA, CPA Australia, FCPA or JICPA — with$/m);
  });

  it('keeps one line per way in, with its mark, around what the asker holds', () => {
    const out = text('can i take aaia with a us cpa');
    expect(out).toMatch(/^ {2}- ✓ US CPA \(US Certified Public Accountant\)/m);
    expect(out).toMatch(/^ {2}- ✗ CIA \(Certified Internal Auditor\)/m);
    expect(out).toMatch(/^ {2}- ✗ ACCA, FCCA, Canadian CPA, CPA Australia, FCPA or JICPA — with/m);
  });

  it('a yes that rests on a condition says the condition', () => {
    expect(text('can i take aaia with a us cpa')).toMatch(
      /Yes — your US CPA qualifies you for AAIA \(with an IT audit or IT advisory role\s+focus\)\./,
    );
    expect(text('I have cissp, can I take aaism')).toContain('Yes — your CISSP qualifies you for AAISM.\n');
  });

  it('AAISM still lists both credentials on their own lines', () => {
    const msg = renderSlackAnswer(
      answerQuestion('can I sit AAISM with only Security+?', { index, now: new Date('2026-11-24T12:00:00Z') }),
      { lookup: index },
    );
    expect(JSON.stringify(msg.blocks)).toContain('✗ *an active CISM*\\n• ✗ *an active CISSP*');
  });
});
