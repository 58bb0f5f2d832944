/** Deadlines with nothing upcoming or recent still show what last changed, in Slack and the terminal. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { renderSlackAnswer } from '../../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { visibleText } from '../support/collect-text.js';
import { loadIndex } from '../support/make-answers.js';

const index = await loadIndex();
const answer = answerQuestion('any exam changes coming up?', { index, now: new Date('2029-06-01T12:00:00Z') });

describe('deadlines: most recent changes', () => {
  it('prints them under "Most recent changes", after saying nothing is coming up', () => {
    const text = renderTextAnswer(answer, { lookup: index });
    expect(text.indexOf('Nothing dated in the next 365 days.')).toBeLessThan(text.indexOf('Most recent changes'));
    // An exam-code event names the codes, not the credential twice ("replaced by Security+").
    expect(text).toMatch(/^ {2}- 2027-06-11 \(721 days ago\) — Security\+ SY0-701: retired · replaced by SY0-801$/m);
  });

  it('shows them in Slack and names the latest in the notification text', () => {
    const msg = renderSlackAnswer(answer, { lookup: index });
    expect(visibleText(msg.blocks)).toContain('*Most recent changes*');
    expect(visibleText(msg.blocks)).toContain('CCNA');
    expect(msg.text).toBe(
      'No dated changes in the next 365 days. Most recent: Security+ SY0-701 retired on 2027-06-11 (721 days ago).',
    );
  });
});
