/**
 * Every card, every pair compared (table and fields), every role, every example question: all within
 * Block Kit limits, at dates before, on and after the catalog's dated events.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { answerQuestion } from '../../../src/answer/answer-question.js';
import { EXAMPLE_QUESTIONS } from '../../../src/answer/examples.js';
import type { Answer } from '../../../src/answer/types.js';
import { renderSlackAnswer } from '../../../src/render/slack/render-slack-answer.js';
import { renderTextAnswer } from '../../../src/render/text/render-text-answer.js';
import { validateMessage } from '../../support/block-kit-validator.js';
import { MENTION_SEQUENCE } from '../support/collect-text.js';
import { type AnswerMaker, answerMaker, at } from '../support/make-answers.js';
import { PAIR_BUDGET, phoneProblems } from '../support/phone-budget.js';

/** Every `q` in the engine's phrasing corpus, however it is grouped. */
function corpusQuestions(): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) walk(item);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'q' && typeof value === 'string') out.push(value);
        else walk(value);
      }
    }
  };
  walk(parse(readFileSync(new URL('../../answer/phrasings.yaml', import.meta.url), 'utf8')));
  return out;
}

const DAYS = ['2025-06-01', '2026-03-31', '2026-11-24'];

let makers: AnswerMaker[];
beforeAll(async () => {
  makers = await Promise.all(DAYS.map((day) => answerMaker(day)));
});

function problemsOf(answer: Answer, maker: AnswerMaker): string[] {
  const problems: string[] = [];
  for (const tables of [true, false]) {
    const msg = renderSlackAnswer(answer, { lookup: maker.index, tables, sharedBy: 'U024BE7LH' });
    problems.push(...validateMessage(msg).map((p) => `${answer.question} (tables ${tables}): ${p}`));
  }
  // Without the lookup too: the CLI may render that way.
  problems.push(...validateMessage(renderSlackAnswer(answer)).map((p) => `${answer.question} (no lookup): ${p}`));
  const long = renderTextAnswer(answer, { lookup: maker.index })
    .split('\n')
    .filter((line) => line.length > 80 && !/^\s*https?:\/\/\S+$/.test(line));
  problems.push(...long.map((line) => `${answer.question} (text): over 80 columns: ${line}`));
  return problems;
}

describe('the whole catalog renders within limits', () => {
  it('every credential card, on every pinned date', () => {
    const problems = makers.flatMap((m) => m.index.catalog.credentials.flatMap((c) => problemsOf(m.lookup(c.id), m)));
    expect(problems).toEqual([]);
    expect(makers[0]?.index.catalog.credentials.length).toBeGreaterThanOrEqual(23);
  });

  // Every pair also fits a phone: no table past three columns, within PAIR_BUDGET (issue #10).
  it('every pair compared, within the phone budget', { timeout: 300_000 }, () => {
    const m = makers[2];
    if (!m) throw new Error('no maker');
    const ids = m.index.catalog.credentials.map((c) => c.id);
    const problems = ids.flatMap((a, i) =>
      ids.slice(i + 1).flatMap((b) => {
        const answer = m.compare([a, b]);
        const phone = phoneProblems(renderSlackAnswer(answer, { lookup: m.index }), PAIR_BUDGET, answer.question);
        return [...problemsOf(answer, m), ...phone];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('the largest comparisons still fit', () => {
    const m = makers[2];
    if (!m) throw new Error('no maker');
    const ids = m.index.catalog.credentials.map((c) => c.id);
    expect(problemsOf(m.compare(ids.slice(0, 4)), m)).toEqual([]);
    expect(problemsOf(m.compare(ids.slice(0, 10)), m)).toEqual([]);
  });

  it('every role recommendation, and the list of roles', () => {
    const problems = makers.flatMap((m) => [
      ...m.index.catalog.roles.flatMap((role) => problemsOf(m.recommend(role.id), m)),
      ...problemsOf(m.recommend(null), m),
    ]);
    expect(problems).toEqual([]);
  });

  it('every topic, browse, eligibility and deadlines answer', () => {
    const problems = makers.flatMap((m) => [
      ...m.index.catalog.topics.flatMap((t) => problemsOf(m.coverage(t.id), m)),
      ...problemsOf(m.coverage(null), m),
      ...problemsOf(m.browse(), m),
      ...m.index.catalog.issuers.flatMap((issuer) => problemsOf(m.browse({ issuer }), m)),
      ...m.index.catalog.credentials.flatMap((c) => [
        ...problemsOf(m.eligibility(c.id, []), m),
        ...problemsOf(m.eligibility(c.id, [{ kind: 'qualification', id: 'security-plus' }]), m),
      ]),
      ...problemsOf(m.eligibleFor([]), m),
      ...m.index.catalog.credentials.flatMap((c) => problemsOf(m.eligibleFor([{ kind: 'credential', id: c.id }]), m)),
      ...m.index.catalog.qualifications.flatMap((q) =>
        problemsOf(m.eligibleFor([{ kind: 'qualification', id: q.id }]), m),
      ),
      ...problemsOf(m.deadlines([], 3650), m),
    ]);
    expect(problems).toEqual([]);
  });

  it('every example question, through the question engine', () => {
    const problems = DAYS.flatMap((day, i) => {
      const m = makers[i];
      if (!m) return [];
      return EXAMPLE_QUESTIONS.flatMap((q) => problemsOf(answerQuestion(q, { index: m.index, now: at(day) }), m));
    });
    expect(problems).toEqual([]);
  });

  it('every phrasing of the engine corpus, within limits and with nothing that pings', () => {
    const m = makers[2];
    if (!m) throw new Error('no maker');
    const questions = corpusQuestions();
    expect(questions.length).toBeGreaterThan(100);
    const problems = questions.flatMap((q) => {
      const answer = answerQuestion(q, { index: m.index, now: at('2026-11-24') });
      const sent = JSON.stringify(renderSlackAnswer(answer, { lookup: m.index }));
      return [...problemsOf(answer, m), ...(MENTION_SEQUENCE.test(sent) ? [`${q}: a mention sequence was sent`] : [])];
    });
    expect(problems).toEqual([]);
  });
});
