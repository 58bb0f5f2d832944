/** Deadlines with nothing upcoming or recent still show what last changed, in Slack and the terminal. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { renderSlackAnswer } from '../../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { visibleText } from '../support/collect-text.js';
import { loadIndex } from '../support/make-answers.js';

const index = await loadIndex();
// 2026-12-01: nothing dated ahead, and CC's outline change (2026-09-01) is just over 90 days old.
const answer = answerQuestion('any exam retirements coming up?', { index, now: new Date('2026-12-01T12:00:00Z') });

describe('deadlines: most recent changes', () => {
  it('prints them under "Most recent changes", after saying nothing is coming up', () => {
    const text = renderTextAnswer(answer, { lookup: index });
    expect(text.indexOf('Nothing dated in the next 365 days.')).toBeLessThan(text.indexOf('Most recent changes'));
    expect(text).toMatch(/^ {2}- 2026-03-31 \(245 days ago\) — MLS-C01: last day to sit the exam · replaced by$/m);
  });

  it('shows them in Slack and names the latest in the notification text', () => {
    const msg = renderSlackAnswer(answer, { lookup: index });
    expect(visibleText(msg.blocks)).toContain('*Most recent changes*');
    expect(visibleText(msg.blocks)).toContain('MLA-C01, AIF-C01');
    expect(msg.text).toBe(
      'No dated changes in the next 365 days. Most recent: CC new exam outline on 2026-09-01 (91 days ago).',
    );
  });
});
