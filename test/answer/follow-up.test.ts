/**
 * Follow-ups against the real catalog: a question that names no credential is about the previous
 * answer's subject; one that names its own keeps its own answer. Expected answers are what the same
 * question with the name in it gets, and values come from the catalog data, so they hold as it grows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerCredentialIds } from '../../src/answer/answer-credential-ids.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { usdExamPrice } from '../../src/answer/credential-fields.js';
import { viewCredential } from '../../src/answer/credential-view.js';
import { type FollowUpSubject, subjectOf } from '../../src/answer/follow-up-subject.js';
import type { Answer, AnswerOf } from '../../src/answer/types.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import type { Credential } from '../../src/catalog/schema.js';
import { costText } from '../../src/render/doc/credential-facts.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { examAmounts } from '../support/exam-amounts.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

const ask = (q: string, previous?: FollowUpSubject | null) => answerQuestion(q, { index, now: TODAY, previous });
const text = (a: Answer) => renderTextAnswer(a, { lookup: index }).replace(/\s+/g, ' ');

function as<I extends Answer['intent']>(intent: I, a: Answer): AnswerOf<I> {
  if (a.intent !== intent) throw new Error(`${a.question} → ${a.intent}, expected ${intent}`);
  return a as AnswerOf<I>;
}

/** The subject left by asking `q` with no context. */
function subjectAfter(q: string): FollowUpSubject {
  const s = subjectOf(ask(q));
  if (!s) throw new Error(`${q} leaves no subject`);
  return s;
}

/** The parts of an answer that do not depend on how the question was worded. */
function body(a: Answer): unknown {
  const { question: _q, interpretations: _i, ...rest } = a;
  return rest;
}

describe('follow-ups about the previous subject', () => {
  it('"and how much is it?" after aaism gives AAISM\'s cost, exactly as "how much is aaism"', () => {
    const a = as('fact', ask('and how much is it?', subjectAfter('aaism')));
    expect(a.subjects.map((s) => s.credential.id)).toEqual(['aaism']);
    expect(a.fields).toEqual(['cost']);
    expect(body(a)).toEqual(body(ask('how much is aaism')));
    const aaism = index.credential('aaism') as Credential;
    const t = text(a);
    expect(t).toContain(costText(viewCredential(aaism, index, TODAY), 'full'));
    // Every exam price any source gives (one value, or each side of a dispute) is in the answer.
    const amounts = examAmounts(aaism.cost.prices);
    expect(amounts.length).toBeGreaterThan(0);
    for (const amount of amounts) expect(t).toContain(`$${amount.toLocaleString('en-US')}`);
    const price = usdExamPrice(aaism);
    if (price.kind === 'usd') expect(t).toContain(`$${price.amount.toLocaleString('en-US')}`);
    expect(a.interpretations[0]).toEqual({ typed: 'it', readAs: 'AAISM, from the previous answer' });
    // Shared into a channel, the answer re-asks a question that names its subject.
    expect(body(ask(a.question))).toEqual(body(a));
  });

  it('"what about prerequisites" gives the subject\'s prerequisites', () => {
    const a = as('eligibility', ask('what about prerequisites', subjectAfter('aaism')));
    expect(a.target?.credential.id).toBe('aaism');
    expect(body(a)).toEqual(body(ask('aaism prerequisites')));
  });

  it('"compare it with aaia" compares the subject with the one named', () => {
    const a = as('compare', ask('compare it with aaia', subjectAfter('aaism')));
    expect(a.subjects.map((s) => s.credential.id)).toEqual(['aaism', 'aaia']);
    const b = as('compare', ask('how does it compare to aaia?', subjectAfter('tell me about aaism')));
    expect(b.subjects.map((s) => s.credential.id).sort()).toEqual(['aaia', 'aaism']);
  });

  it.each([
    ['how long is it valid', 'how long is aaism valid'],
    ['is it online?', 'is aaism online'],
    ['who runs it', 'who runs aaism'],
    ['and the cost?', 'cost of aaism'],
    ['what are the domains', 'aaism domains'],
    ['when does it retire', 'when does aaism retire'],
    ['does it cover prompt injection', 'does aaism cover prompt injection'],
    ['can I take it with CISA?', 'can I take aaism with CISA?'],
  ])('"%s" after aaism is "%s"', (followUp, direct) => {
    const a = ask(followUp, subjectAfter('aaism'));
    const b = ask(direct);
    expect(a.intent).toBe(b.intent);
    expect(body(a)).toEqual(body(b));
    expect(answerCredentialIds(a)[0]).toBe('aaism');
  });

  it('"and aaia?" after a fact asks the same fact of the credential named', () => {
    const first = ask('how much is aaism');
    const a = as('fact', ask('and aaia?', subjectOf(first)));
    expect(a.subjects.map((s) => s.credential.id)).toEqual(['aaia']);
    expect(a.fields).toEqual(['cost']);
    expect(body(a)).toEqual(body(ask('how much is aaia')));
    // Without a fact before it, "and aaia?" is a plain lookup.
    expect(ask('and aaia?', subjectAfter('aaism')).intent).toBe('lookup');
  });

  it('after a shared acronym, "how much is it?" asks it of every candidate', () => {
    const asked = ask('caisp');
    expect(asked.intent).toBe('disambiguate');
    const candidates = answerCredentialIds(asked);
    expect(candidates.length).toBeGreaterThan(1);
    const a = as('fact', ask('how much is it?', subjectOf(asked)));
    expect(a.subjects.map((s) => s.credential.id)).toEqual(candidates);
  });

  it('"how many questions" / "how long is it" ask the subject\'s fact, not a count of the catalog', () => {
    const a = as('fact', ask('how many questions', subjectAfter('secai+')));
    expect(body(a)).toEqual(body(ask('how many questions on secai+')));
    const b = as('fact', ask('how long is it', subjectAfter('how much is aaism')));
    expect(b.fields).toEqual(['minutes']);
    expect(body(b)).toEqual(body(ask('how long is the aaism exam')));
  });

  it('"how much?" alone is the subject\'s cost, not small talk; "vs aigp" sets the subject first', () => {
    const a = as('fact', ask('how much?', subjectAfter('aaism')));
    expect(body(a)).toEqual(body(ask('how much is aaism')));
    for (const q of ['vs aigp', 'compare with aigp']) {
      const b = as('compare', ask(q, subjectAfter('aaism')));
      expect(b.subjects.map((s) => s.credential.id)).toEqual(['aaism', 'aigp']);
    }
    expect(ask('thanks so much', subjectAfter('aaism')).intent).toBe('help');
  });

  it('"which is cheaper?" after a comparison or a fact about several asks which of those', () => {
    for (const first of ['cissp vs cism', 'how much are cissp and cism']) {
      const previous = subjectAfter(first);
      const a = as('compare', ask('which is cheaper', previous));
      expect(a.subjects.map((s) => s.credential.id)).toEqual(previous.credentials);
      expect(a.aspect).toBe('cheaper');
      expect(as('compare', ask('which one is harder?', previous)).aspect).toBe('harder');
    }
    // Naming the catalog ("cheapest AI cert") asks the catalog, whatever came before.
    expect(ask('which is the cheapest ai cert', subjectAfter('cissp vs cism')).intent).toBe('find');
  });

  it('a comparison\'s subject stays whole: "which of them is cheaper"', () => {
    const previous = subjectAfter('aaism vs aaia');
    const a = as('compare', ask('which of them is cheaper?', previous));
    expect(a.subjects.map((s) => s.credential.id)).toEqual(previous.credentials);
    expect(a.aspect).toBe('cheaper');
  });
});

describe('questions that stand on their own', () => {
  it.each([
    'how much is aaia',
    'cissp',
    'aaia vs cism',
    'cheapest AI security cert',
    'list ISACA credentials',
    "I'm a SOC analyst, what next?",
    'and which certs are online?',
    'so which is the cheapest AI cert',
    'and how many AI certs are there',
    'then what should a SOC analyst take',
    'what do none of these cover?',
    'how do I use this',
    'cc me on this',
  ])('"%s" ignores the context', (q) => {
    const withContext = ask(q, subjectAfter('aaism'));
    expect(body(withContext)).toEqual(body(ask(q)));
    expect(withContext.interpretations).toEqual(ask(q).interpretations);
  });

  it('small talk is small talk, and keeps the subject', () => {
    const a = ask('thanks!', subjectAfter('aaism'));
    expect(a.intent).toBe('help');
    expect(subjectOf(a)).toBeNull();
  });

  it('without context a follow-up gets the ordinary answer', () => {
    for (const q of ['and how much is it?', 'what about prerequisites', 'compare it with aaia', 'is it online']) {
      expect(body(ask(q, null))).toEqual(body(ask(q)));
      expect(ask(q).interpretations.some((i) => i.readAs.includes('previous answer'))).toBe(false);
    }
  });

  it('a list leaves no subject to follow up on; an unknown id in the context is ignored', () => {
    const listed = subjectAfter('list ISACA credentials');
    expect(listed.credentials).toEqual([]);
    expect(body(ask('and how much is it?', listed))).toEqual(body(ask('and how much is it?')));
    const gone = { credentials: ['no-such-credential'], intent: 'lookup' as const };
    expect(body(ask('and how much is it?', gone))).toEqual(body(ask('and how much is it?')));
  });
});

describe('subjectOf', () => {
  it("keeps ids and intent (and a fact answer's fields), never the words asked", () => {
    expect(subjectAfter('aaism')).toEqual({ credentials: ['aaism'], intent: 'lookup' });
    expect(subjectAfter('aaism passing score and cost')).toEqual({
      credentials: ['aaism'],
      intent: 'fact',
      fields: expect.arrayContaining(['passing', 'cost']),
    });
    const cheapest = ask('cheapest AI security cert');
    const s = subjectOf(cheapest);
    expect(s?.credentials).toEqual(answerCredentialIds(cheapest).slice(0, 1));
    expect(JSON.stringify(subjectAfter('how much is aaism for me please'))).not.toMatch(/please|how much/);
  });
});
