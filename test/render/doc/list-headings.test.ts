/** Lists say nothing twice: no heading that repeats the title, no issuer on every line of its own list. */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { type AnswerMaker, answerMaker } from '../support/make-answers.js';

let m: AnswerMaker;
beforeAll(async () => {
  m = await answerMaker('2026-11-24');
});

describe('list headings', () => {
  it('the gaps answer lists the gaps right under its title', () => {
    const out = renderTextAnswer(m.coverage(null), { lookup: m.index });
    expect(out).not.toContain('What none of them cover well');
    expect(out).toMatch(/^What AI-security credentials do not cover well\n=+\n\n {2}- Membership inference — /);
  });

  it('a topic answer still heads its gap list', () => {
    expect(renderTextAnswer(m.coverage('mitre-atlas'), { lookup: m.index })).toContain('What none of them cover well');
  });

  it('one issuer’s list leaves the issuer out of each line; the whole catalog keeps it', () => {
    const isaca = m.index.issuer('isaca') ?? null;
    const own = renderTextAnswer(m.browse({ issuer: isaca }), { lookup: m.index });
    expect(own).toMatch(/^ {2}- AAISM — Advanced in AI Security Management · advanced$/m);
    expect(renderTextAnswer(m.browse(), { lookup: m.index })).toMatch(
      /^ {2}- AAISM — Advanced in AI Security Management · ISACA · advanced$/m,
    );
  });

  it('a list of one level leaves the level out of each line', () => {
    const out = renderTextAnswer(m.browse({ level: 'foundational' }), { lookup: m.index });
    expect(out).toMatch(/^ {2}- AIF-C01 — AWS Certified AI Practitioner · Amazon Web Services$/m);
  });

  it.each([
    ['which certs are retiring in 2027', /^Retirements and last exam days in 2027\n/],
    ['what launched in 2026', /^Launches in 2026\n/],
    ['upcoming betas', /^Betas\n/],
  ])('a dated question about one kind of change is headed by that kind: %s', (question, heading) => {
    const answer = answerQuestion(question, { index: m.index, now: new Date('2026-11-24T12:00:00Z') });
    expect(answer.intent).toBe('deadlines');
    expect(renderTextAnswer(answer, { lookup: m.index })).toMatch(heading);
  });
});
