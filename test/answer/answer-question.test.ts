/** answerQuestion is total: any text at all gets an answer, never an exception, and quickly. */
import { describe, expect, it } from 'vitest';
import { answerCredentialIds } from '../../src/answer/answer-credential-ids.js';
import { answerQuestion, MAX_READ_LENGTH, readablePart } from '../../src/answer/answer-question.js';
import { buildAnswer } from '../../src/answer/build-answer.js';
import { parseQuestion } from '../../src/answer/parse-question.js';
import { INTENTS } from '../../src/answer/types.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

const index = await loadTestIndex();

/** A small seeded generator, so a failing input can be reproduced. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'aaism',
  'AAIA',
  'scs-c03',
  'c03',
  'vs',
  'compare',
  'can I take',
  'with only',
  'Security+',
  'next 90 days',
  'retire',
  '<@U123>',
  '<!here>',
  '&amp;',
  '&lt;',
  '?',
  '??',
  'w/',
  'pls',
  'cisp',
  'caisp',
  'pecb',
  'aws',
  'isaca',
  'mitre atlas',
  'none of these',
  'grc lead',
  '😀',
  'é',
  '\u0000',
  '\n',
  '   ',
  '-',
  '+',
  '|',
  '(',
  ')',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  '0',
  '9999',
  'ｓｃｓ－ｃ０３',
  'İ',
  'ß',
];

const HOSTILE = [
  '',
  ' ',
  '\u0000\u0001\u0002',
  '<<<<>>>>',
  '<@',
  '&amp;&amp;&amp;',
  'a'.repeat(10_000),
  'aaism '.repeat(2_000),
  'vs vs vs vs',
  'compare',
  '__proto__',
  'constructor prototype',
  '💥💥💥',
  'SELECT * FROM credentials; --',
  '{{secret}} %s %d %%',
  '\u202Eaaism',
];

describe('answerQuestion never throws', () => {
  /** Without the safety net: the parser and builders themselves must not throw. */
  function answerUnguarded(q: string) {
    const { query, interpretations } = parseQuestion(q, index);
    return buildAnswer(query, { question: q, interpretations, index, now: TODAY });
  }

  it.each(HOSTILE.map((q) => [q.slice(0, 40), q]))('hostile input %j', (_label, q) => {
    expect(() => answerUnguarded(q)).not.toThrow();
    const a = answerQuestion(q, { index, now: TODAY });
    expect(INTENTS).toContain(a.intent);
    expect(a.question).toBe(q);
  });

  it('answers 3,000 random questions, each naming only credentials that exist', () => {
    const next = random(20261124);
    for (let n = 0; n < 3_000; n++) {
      const parts = Array.from(
        { length: 1 + Math.floor(next() * 8) },
        () => PIECES[Math.floor(next() * PIECES.length)],
      );
      const q = parts.join(next() < 0.5 ? ' ' : '');
      const a = answerUnguarded(q);
      expect(INTENTS, q).toContain(a.intent);
      for (const id of answerCredentialIds(a)) expect(index.credential(id), `${q} → ${id}`).toBeDefined();
    }
  });

  it('answers at any date, even far from today', () => {
    for (const now of [new Date('1999-01-01T00:00:00Z'), new Date('2100-12-31T23:59:59Z')]) {
      expect(answerQuestion('any exam retirements coming up?', { index, now }).intent).toBe('deadlines');
      expect(answerQuestion('aaism', { index, now }).intent).toBe('lookup');
    }
  });

  it('does not depend on the clock it is not given', () => {
    const a = answerQuestion('is MLS-C01 still available', { index, now: new Date('2026-03-30T12:00:00Z') });
    const b = answerQuestion('is MLS-C01 still available', { index, now: new Date('2026-03-30T12:00:00Z') });
    expect(a).toEqual(b);
  });
});

describe('long questions are read up to MAX_READ_LENGTH', () => {
  it('keeps a realistic question whole', () => {
    const q = "I'm a CISSP and CISA holder working as a cloud architect on AWS, what next?";
    expect(readablePart(q)).toBe(q);
  });

  it('cuts a long one at a word boundary, never inside a name', () => {
    const q = `${'aaism '.repeat(200)}cissp`;
    const part = readablePart(q);
    expect(part.length).toBeLessThanOrEqual(MAX_READ_LENGTH);
    expect(part.split(' ').every((w) => w === 'aaism')).toBe(true);
  });

  it('reads what comes first and ignores what is past the limit', () => {
    const q = `tell me about aaism ${'please '.repeat(Math.ceil(MAX_READ_LENGTH / 7))} and compare it with cissp`;
    const a = answerQuestion(q, { index, now: TODAY });
    expect(a.intent).toBe('lookup');
    expect(answerCredentialIds(a)).toEqual(['aaism']);
    expect(a.question).toBe(q);
  });

  it('answers a slash-command-sized question of catalog words like its first part', () => {
    const names = index.catalog.credentials.map((c) => c.acronym).join(' vs ');
    const q = names.repeat(Math.ceil(2000 / names.length)).slice(0, 2000);
    const whole = answerQuestion(q, { index, now: TODAY });
    const first = answerQuestion(readablePart(q), { index, now: TODAY });
    expect(answerCredentialIds(whole)).toEqual(answerCredentialIds(first));
  });
});
