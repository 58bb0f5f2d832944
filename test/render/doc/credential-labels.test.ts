/** Where two credentials share an acronym, titles, columns and verdicts name the issuer too. */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSlackAnswer } from '../../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { type AnswerMaker, answerMaker } from '../support/make-answers.js';

let m: AnswerMaker;
beforeAll(async () => {
  m = await answerMaker('2026-11-24');
});

describe('credential labels', () => {
  it('a comparison of the two CAISPs tells the columns apart, with or without the catalog', () => {
    const answer = m.compare(['caisp', 'pecb-caisp']);
    for (const out of [renderTextAnswer(answer, { lookup: m.index }), renderTextAnswer(answer)]) {
      expect(out).toMatch(/^CAISP \(Practical DevSecOps\) vs CAISP \(PECB\)\n/);
      expect(out).toMatch(/^ {2}CAISP \(PECB\): +PECB$/m);
    }
    expect(renderSlackAnswer(answer, { lookup: m.index }).text).toBe(
      'Comparing CAISP (Practical DevSecOps) and CAISP (PECB) side by side.',
    );
  });

  it('eligibility for PECB’s CAISP names PECB', () => {
    const out = renderTextAnswer(m.eligibility('pecb-caisp', []), { lookup: m.index });
    expect(out).toMatch(/^Can you sit CAISP \(PECB\)\?$/m);
    expect(out).toContain('for CAISP (PECB).');
  });
});
