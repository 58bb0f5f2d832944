/** Deadlines with nothing upcoming or recent still show what last changed, in Slack and the terminal. */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { renderSlackAnswer } from '../../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { visibleText } from '../support/collect-text.js';
import { loadIndex } from '../support/make-answers.js';

const index = await loadIndex();
// content-e (issue 8): 2026-11-24 now has MLA-C02's planned launch (2027-01-14) ahead of it, so the quiet day is
// 2027-06-01. The MLA-C01 → MLA-C02 dates are AWS's MLA page notice as quoted by 2026 trackers; CISM's outline date
// (2026-11-03) is from certprepnow, hiraedu and open-exam-prep.
const answer = answerQuestion('any exam retirements coming up?', { index, now: new Date('2027-06-01T12:00:00Z') });

describe('deadlines: most recent changes', () => {
  it('prints them under "Most recent changes", after saying nothing is coming up', () => {
    const text = renderTextAnswer(answer, { lookup: index });
    expect(text.indexOf('Nothing dated in the next 365 days.')).toBeLessThan(text.indexOf('Most recent changes'));
    expect(text).toMatch(/^ {2}- 2026-09-28 \(246 days ago\) — MLA-C01: last day to sit the exam · replaced by$/m);
  });

  it('shows them in Slack and names the latest in the notification text', () => {
    const msg = renderSlackAnswer(answer, { lookup: index });
    expect(visibleText(msg.blocks)).toContain('*Most recent changes*');
    expect(visibleText(msg.blocks)).toContain('*CISM*: new exam outline');
    expect(msg.text).toBe(
      'No dated changes in the next 365 days. Most recent: MLA-C01 launched on 2027-01-14 (138 days ago).',
    );
  });
});
