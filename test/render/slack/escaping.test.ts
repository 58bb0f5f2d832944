/** Whatever the user typed, nothing the renderers produce can ping: scanned with our own pattern. */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import type { Answer } from '../../../src/answer/types.js';
import { renderSlackAnswer } from '../../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { validateMessage } from '../../support/block-kit-validator.js';
import { MENTION_SEQUENCE, visibleText } from '../support/collect-text.js';
import { type AnswerMaker, answerMaker, at } from '../support/make-answers.js';

const HOSTILE = '<!channel> <!here> <@U0123ABCD> <#C0123> <!subteam^S1|team> & aaism';

let m: AnswerMaker;
beforeAll(async () => {
  m = await answerMaker('2026-11-24');
});

function hostile(answer: Answer): Answer {
  return { ...answer, question: HOSTILE, interpretations: [{ typed: HOSTILE, readAs: 'AAISM' }] };
}

function sent(answer: Answer, sharedBy?: string): string {
  const msg = renderSlackAnswer(answer, sharedBy === undefined ? { lookup: m.index } : { lookup: m.index, sharedBy });
  expect(validateMessage(msg)).toEqual([]);
  return JSON.stringify(msg);
}

describe('user text never pings', () => {
  it('in every answer kind: question, interpretations, terms, unknown text', () => {
    const answers: Answer[] = [
      m.lookup('aaism'),
      m.compare(['aaism', 'aaia']),
      m.recommend('ciso'),
      m.recommend(null),
      m.eligibility('aaism', []),
      m.deadlines(),
      m.coverage('prompt-injection'),
      m.browse(),
      { ...m.disambiguate(HOSTILE, ['caisp', 'pecb-caisp']) },
      m.help(),
      m.unknown(HOSTILE),
    ].map(hostile);
    for (const answer of answers) expect(sent(answer)).not.toMatch(MENTION_SEQUENCE);
  });

  it('keeps the user text readable, escaped', () => {
    const msg = renderSlackAnswer(hostile(m.unknown(HOSTILE)));
    expect(visibleText(msg.blocks)).toContain('&lt;!channel&gt; &lt;!here&gt; &lt;@U0123ABCD&gt;');
    expect(msg.text).toContain('&lt;!channel&gt;');
    expect(msg.text).not.toMatch(MENTION_SEQUENCE);
  });

  it('the share button gives the question back exactly, though nothing in it reads as a mention', () => {
    const msg = renderSlackAnswer(hostile(m.lookup('aaism')));
    const share = msg.blocks
      .flatMap((b) => (b.type === 'actions' ? b.elements : []))
      .find((e) => e.action_id === 'share_answer');
    if (share?.type !== 'button' || share.value === undefined) throw new Error('no share button');
    expect(share.value).not.toMatch(/[<>&]/);
    expect(JSON.parse(share.value)).toEqual({ q: HOSTILE });
  });

  it('a sharedBy that is not a user id is shown as text', () => {
    expect(sent(m.lookup('aaism'), '<!channel>')).not.toMatch(MENTION_SEQUENCE);
    expect(sent(m.lookup('aaism'), 'U0123ABCD')).toContain('Shared by <@U0123ABCD>');
  });

  it('through the question engine, for hostile questions', () => {
    const questions = [
      HOSTILE,
      '<!channel> aaism vs aaia',
      'can I sit <@U0123ABCD> aaism with <!here>?',
      'aasim <!everyone>',
      '<#C0123|general> which certs test MITRE ATLAS',
      '<https://evil.example|click> caiss',
    ];
    for (const q of questions) {
      const answer = answerQuestion(q, { index: m.index, now: at('2026-11-24') });
      expect(sent(answer)).not.toMatch(MENTION_SEQUENCE);
      expect(sent(answer)).not.toContain('<https://evil.example');
    }
  });

  it('the terminal text prints the question as typed, with no Slack syntax added', () => {
    const text = renderTextAnswer(m.unknown('<!channel> & more'));
    expect(text).toContain('“<!channel> & more”');
    expect(text).not.toContain('&lt;');
  });
});
