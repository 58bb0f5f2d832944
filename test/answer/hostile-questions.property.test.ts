/**
 * Hostile input, fuzzed (fast-check) through the engine and both renderers: for any question, the
 * engine answers (never throws), the Slack message passes the Block Kit validator with fallback text
 * within limits, and nothing the person typed reaches Slack as a control sequence (a mention, a
 * broadcast, a link, an entity) or reaches a terminal as a control character. Checked with patterns of
 * this test's own, never with the app's escape function.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { type FollowUpSubject, subjectOf } from '../../src/answer/follow-up-subject.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { renderSlackAnswer } from '../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { loadIndex } from '../render/support/make-answers.js';
import { validateMessage } from '../support/block-kit-validator.js';
import { catalogUrls, HOSTILE, messageStrings, slackLeaks, terminalControls } from '../support/hostile-text.js';

const NOW = new Date('2026-12-01T12:00:00Z');

/** Words the engine knows (acronyms, ids, exam codes, issuers, roles, topics) and question words. */
function catalogWords(index: CatalogIndex): string[] {
  const { catalog } = index;
  return [
    ...catalog.credentials.flatMap((c) => [c.id, c.acronym, ...c.exam.codes.map((x) => x.code)]),
    ...catalog.issuers.map((i) => i.id),
    ...catalog.roles.map((r) => r.id),
    ...catalog.topics.map((t) => t.id),
    'vs',
    'compare',
    'what',
    'should',
    'take',
    'first',
    'eligible',
    'deadlines',
    'cost',
    'renewal',
    'is',
    'for',
    'a',
    'retire',
    'next year',
    'in 90 days',
  ].filter((w): w is string => typeof w === 'string' && w.length > 0);
}

let index: CatalogIndex;
let urls: Set<string>;
let question: fc.Arbitrary<string>;
let huge: fc.Arbitrary<string>;
/** No conversation, or the subject a real earlier answer left (a follow-up re-reads the question with it). */
let previous: fc.Arbitrary<FollowUpSubject | null>;

beforeAll(async () => {
  index = await loadIndex();
  urls = catalogUrls(index);
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...catalogWords(index)) },
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  );
  question = fc.oneof(
    { weight: 6, arbitrary: fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(' ')) },
    { weight: 2, arbitrary: fc.array(piece, { maxLength: 12 }).map((ps) => ps.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );
  const subjects = ['aaism', 'cissp vs cism', 'how much is scs-c03', 'is aaism retiring', 'deadlines for aws']
    .map((q) => subjectOf(answerQuestion(q, { index, now: NOW })))
    .filter((x): x is FollowUpSubject => x !== null);
  expect(subjects.length).toBeGreaterThan(2);
  previous = fc.option(fc.constantFrom(...subjects), { freq: 2 });
  // Over the engine's cut (2,000 characters), and still echoed back somewhere.
  huge = fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), fc.integer({ min: 300, max: 20_000 }))
    .map(([ps, n]) => ps.join(' ').repeat(n).slice(0, 60_000));
});

/** The three ways a Slack answer is rendered: a reply, a reply without tables, a shared message. */
const SLACK_OPTIONS = fc.constantFrom<{ tables?: boolean; sharedBy?: string }>(
  {},
  { tables: false },
  { sharedBy: 'U0SHARER' },
);

function check(
  q: string,
  slackOptions: { tables?: boolean; sharedBy?: string } = {},
  prior: FollowUpSubject | null = null,
) {
  const answer = answerQuestion(q, { index, now: NOW, previous: prior });
  {
    const msg = renderSlackAnswer(answer, { lookup: index, ...slackOptions });
    expect(validateMessage(msg), q).toEqual([]);
    expect(msg.text.trim().length, q).toBeGreaterThan(0);
    const strings = messageStrings(msg);
    // The share attribution is the app's own mention: take it out before looking for the person's.
    const leaks = strings.flatMap((s) => slackLeaks(s.replaceAll('<@U0SHARER>', ''), urls));
    expect(leaks, `${JSON.stringify(q.slice(0, 200))} → ${answer.intent}`).toEqual([]);
  }
  const text = renderTextAnswer(answer, { lookup: index });
  expect(text.trim().length).toBeGreaterThan(0);
  expect(terminalControls(text), `${JSON.stringify(q.slice(0, 200))} → ${JSON.stringify(text)}`).toEqual([]);
}

describe('any question, answered and rendered', () => {
  it('the controls: hostile sequences in a question the engine echoes come out harmless', () => {
    for (const q of HOSTILE) check(`florbix ${q} zzyzx`);
    check(HOSTILE.join(' '), { sharedBy: 'U0SHARER' });
    check(`aaism ${HOSTILE.join(' ')}`, { tables: false });
    const subject = subjectOf(answerQuestion('aaism', { index, now: NOW }));
    for (const q of HOSTILE) check(`and how much is it ${q}`, {}, subject);
  });

  it('never throws, stays within Block Kit limits, and lets no control sequence through', () => {
    fc.assert(fc.property(question, SLACK_OPTIONS, previous, check), { numRuns: 150 });
  });

  it('holds for huge questions too (a few: each costs the engine its full 2,000 characters)', () => {
    fc.assert(fc.property(huge, SLACK_OPTIONS, previous, check), { numRuns: 5 });
  });
});
