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
  it.each(['caisp', 'aaim', 'compare aaism'])('“%s” says it once in text and in Slack', (q) => {
    const answer = answerQuestion(q, { index, now: new Date('2026-11-24T12:00:00Z') });
    expect(answer.intent).toBe('disambiguate');
    expect(count(renderTextAnswer(answer, { lookup: index }), ASK)).toBe(1);
    expect(count(visibleText(renderSlackAnswer(answer, { lookup: index }).blocks), ASK)).toBe(1);
  });

  it('never suggests the issuer for a near-tie between one issuer’s credentials', () => {
    const answer = answerQuestion('aaim', { index, now: new Date('2026-11-24T12:00:00Z') });
    expect(renderTextAnswer(answer, { lookup: index })).not.toContain('issuer');
  });

  it('adds the hint when the answer’s own words do not ask', () => {
    const out = renderTextAnswer(m.disambiguate('caisp', ['caisp', 'pecb-caisp']), { lookup: index });
    expect(count(out, ASK)).toBe(1);
    expect(out).toContain('“Practical DevSecOps CAISP”');
  });

  it('"compare aaism" lists what it is usually compared with, one line each, without trust cards', () => {
    const answer = answerQuestion('compare aaism', { index, now: new Date('2026-11-24T12:00:00Z') });
    const out = renderTextAnswer(answer, { lookup: index });
    expect(out.split('\n')[0]).toBe('Compare AAISM with what?');
    expect(out).toMatch(/^ {2}- AAIA — Advanced in AI Audit \(ISACA\)$/m);
    expect(out).not.toContain('Independently proctored');
    expect(out).not.toMatch(/^ {2}- AAISM/m);
    expect(out.split('\n').length).toBeLessThan(15);
  });
});
