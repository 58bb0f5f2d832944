/** A disambiguation says once, not twice, what to ask next: in the terminal and in Slack. */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { renderSlackAnswer } from '../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { visibleText } from './support/collect-text.js';
import { type AnswerMaker, answerMaker, loadIndex } from './support/make-answers.js';

let index: CatalogIndex;
let m: AnswerMaker;
beforeAll(async () => {
  index = await loadIndex();
  m = await answerMaker('2026-11-24');
});

const count = (text: string, re: RegExp) => text.match(new RegExp(re.source, 'gi'))?.length ?? 0;
const ASK = /ask\s+again|name\s+a\s+second/;

describe('disambiguation: what to ask next', () => {
  it.each(['caisp', 'aaim', 'compare aaism'])(
    '“%s” says it at most once, and in Slack offers each as a button',
    (q) => {
      const answer = answerQuestion(q, { index, now: new Date('2026-11-24T12:00:00Z') });
      if (answer.intent !== 'disambiguate') throw new Error(`${q} is ${answer.intent}`);
      expect(count(renderTextAnswer(answer, { lookup: index }), ASK)).toBeLessThanOrEqual(1);
      const msg = renderSlackAnswer(answer, { lookup: index });
      expect(count(visibleText(msg.blocks), ASK)).toBeLessThanOrEqual(1);
      const buttons = msg.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));
      const choices = buttons.filter((e) => e.action_id.startsWith('answer_choice'));
      const offered = answer.reason === 'missing-second' ? answer.candidates.length - 1 : answer.candidates.length;
      expect(choices).toHaveLength(Math.min(5, offered));
    },
  );

  it('never suggests the issuer for a near-tie between one issuer’s credentials', () => {
    const answer = answerQuestion('aaim', { index, now: new Date('2026-11-24T12:00:00Z') });
    expect(renderTextAnswer(answer, { lookup: index })).not.toContain('issuer');
  });

  it('tells the terminal what to type for each candidate', () => {
    const out = renderTextAnswer(m.disambiguate('caisp', ['caisp', 'pecb-caisp']), { lookup: index }).replace(
      /\s+/g,
      ' ',
    );
    expect(out).toContain('certdesk ask "Practical DevSecOps CAISP"');
    expect(out).toContain('certdesk ask "PECB CAISP"');
  });

  it('"compare aaism" lists what it is usually compared with, one line each, without trust cards', () => {
    const answer = answerQuestion('compare aaism', { index, now: new Date('2026-11-24T12:00:00Z') });
    const out = renderTextAnswer(answer, { lookup: index });
    expect(out.split('\n')[0]).toBe('Compare AAISM with what?');
    expect(out).toMatch(/^ {2}- AAIA — Advanced in AI Audit \(ISACA\): certdesk ask "AAISM vs AAIA"$/m);
    expect(out).not.toContain('Independently proctored');
    expect(out).not.toMatch(/^ {2}- AAISM/m);
    expect(out.split('\n').length).toBeLessThan(15);
  });
});
