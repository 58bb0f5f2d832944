/**
 * Role words name a person ("I'm a red teamer") or an activity ("does AAISM cover red teaming"); only a
 * person's role makes a recommendation, and a person's role with a topic is a recommendation weighing it.
 */
import { describe, expect, it } from 'vitest';
import { namesPerson } from '../../src/answer/names-person.js';
import { parseQuestion } from '../../src/answer/parse-question.js';
import { readWords } from '../../src/answer/read-words.js';
import { loadTestIndex } from './load-test-catalog.js';

const index = await loadTestIndex();

/** The words of a question and the span of `role` in them. */
function spanOf(question: string, role: string) {
  const texts = readWords(question).map((t) => t.text);
  const parts = role.split(' ');
  const start = texts.findIndex((_, i) => parts.every((p, k) => texts[i + k] === p));
  expect(start, `${role} in ${question}`).toBeGreaterThanOrEqual(0);
  return { texts, mention: { start, end: start + parts.length } };
}

describe('namesPerson', () => {
  it.each([
    ["I'm a red teamer", 'red teamer'],
    ['what should red teamers take', 'red teamers'],
    ['certs for a red team', 'red team'],
    ['appsec here, which cert', 'appsec'],
    ['as a pentester what next', 'pentester'],
  ])('%j names a person', (q, role) => {
    const { texts, mention } = spanOf(q, role);
    expect(namesPerson(texts, mention)).toBe(true);
  });

  it.each([
    ['does aaism cover red teaming', 'red teaming'],
    ['which certs test red teaming', 'red teaming'],
    ['is red teaming covered by cissp', 'red teaming'],
  ])('%j names an activity', (q, role) => {
    const { texts, mention } = spanOf(q, role);
    expect(namesPerson(texts, mention)).toBe(false);
  });
});

describe('roles, topics and what to take', () => {
  it('reads role words that name an activity as the topic asked about, for the credential named', () => {
    const { query } = parseQuestion('does aaism cover red teaming', index);
    expect(query).toMatchObject({ intent: 'coverage', topic: 'ai-red-teaming', credentials: ['aaism'] });
  });

  it.each([
    ["I'm a data scientist, what cert for prompt injection?", 'data-scientist', 'prompt-injection'],
    ['ml engineer here, what cert for data poisoning', 'ml-engineer', 'data-poisoning'],
    ["i'm a red teamer, which certs cover prompt injection", 'red-team', 'prompt-injection'],
  ])('%j is a recommendation for the role that carries the topic', (q, role, topic) => {
    const { query } = parseQuestion(q, index);
    expect(query).toMatchObject({ intent: 'recommend', role, topic });
  });

  it('keeps what is held out of the picks when a held credential is named with the role and topic', () => {
    const { query } = parseQuestion(
      'im a CISSP holder and security architect, which cert for agentic ai security',
      index,
    );
    expect(query).toMatchObject({ intent: 'recommend', role: 'security-architect', topic: 'agentic-ai-security' });
    expect(query.intent === 'recommend' && query.held).toEqual([{ kind: 'credential', id: 'cissp' }]);
  });

  it('never reads a credential listed after "take" as held: it is asked about too', () => {
    const { query } = parseQuestion('can i take aaism and aaia with cisa', index);
    expect(query).toEqual({
      intent: 'eligibility',
      target: 'aaism',
      held: [{ kind: 'credential', id: 'cisa' }],
      also: ['aaia'],
    });
  });

  it('answers advice about nothing in the catalog as unknown, with suggestions', () => {
    const { query } = parseQuestion('what is the best laptop', index);
    expect(query.intent).toBe('unknown');
    expect(query.intent === 'unknown' && query.suggestions.length).toBeGreaterThan(0);
  });
});
