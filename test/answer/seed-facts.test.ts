/**
 * The seed article's facts, asserted through the answers a user gets (not snapshots): a catalog edit that
 * changes one of them fails here by name.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { resolveFact } from '../../src/answer/resolve-fact.js';
import type { Answer, AnswerOf, CredentialView } from '../../src/answer/types.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

const index = await loadTestIndex();

function ask(question: string): Answer {
  return answerQuestion(question, { index, now: TODAY });
}

function lookup(question: string): CredentialView {
  const a = ask(question);
  if (a.intent !== 'lookup') throw new Error(`${question} was answered as ${a.intent}`);
  return a.subject;
}

function value<T>(r: ReturnType<typeof resolveFact<T>>): T | undefined {
  return r.state === 'value' ? r.value : undefined;
}

function facts(v: CredentialView) {
  const c = v.credential;
  return {
    questions: value(resolveFact(c.exam.questions, c.exam.sources, c)),
    minutes: value(resolveFact(c.exam.minutes, c.exam.sources, c)),
    passing: value(resolveFact(c.exam.passing, c.exam.sources, c)),
    prices: value(resolveFact(c.cost.prices, c.cost.sources, c)),
    weights: value(resolveFact(c.domains.items, c.domains.sources, c))?.map((d) => d.weight),
    cycle: value(resolveFact(c.recertification.validity_years, c.recertification.sources, c)),
  };
}

describe('AAISM, as the seed states it', () => {
  const subject = () => lookup('aaism');

  it('has 90 questions in 150 minutes, passing at 450 on a 200–800 scale', () => {
    expect(facts(subject())).toMatchObject({
      questions: 90,
      minutes: 150,
      passing: { score: 450, min: 200, max: 800 },
    });
  });

  it('is issued by ISACA and governed by its three domains 31/31/38', () => {
    expect(subject().issuer.name).toBe('ISACA');
    expect(facts(subject()).weights).toEqual([31, 31, 38]);
  });

  it('requires an active CISM or CISSP, and says so when asked', () => {
    const a = ask('what do I need before AAISM');
    if (a.intent !== 'eligibility' || a.target === null) throw new Error(`answered as ${a.intent}`);
    const e = a;
    expect(e.alternatives.map((x) => x.alt)).toEqual([
      { credential: 'cism', active: true },
      { credential: 'cissp', active: true },
    ]);
    expect(e.alternatives.map((x) => x.label)).toEqual(['an active CISM', 'an active CISSP']);
    expect(e.sources.map((s) => s.kind)).toContain('seed');
  });

  it('does not quote CISM’s fee as settled: the fee sources disagree', () => {
    const c = subject().credential;
    expect(resolveFact(c.cost.prices, c.cost.sources, c).state).toBe('disputed');
  });
});

describe('SCS-C03, as the seed states it', () => {
  const subject = () => lookup('SCS-C03');

  it('has 65 questions in 170 minutes, passing at 750 of 1000, for $300', () => {
    const f = facts(subject());
    expect(f).toMatchObject({ questions: 65, minutes: 170, passing: { score: 750, max: 1000 } });
    expect(f.prices).toEqual([expect.objectContaining({ amount: 300, currency: 'USD' })]);
  });

  it('weights its six domains 16/14/18/20/18/14', () => {
    expect(facts(subject()).weights).toEqual([16, 14, 18, 20, 18, 14]);
  });

  it('recertifies every three years', () => {
    expect(facts(subject()).cycle).toBe(3);
  });

  it('is the same answer however the code is typed', () => {
    for (const q of ['scs c03', 'scsc03', 'Scs-C03', 'SCS C03?', 'aws security specialty']) {
      expect(lookup(q).credential.id, q).toBe('scs-c03');
    }
  });
});

describe('the seed’s other anchors', () => {
  it('AIF-C01 weights its five domains 20/24/28/14/14', () => {
    expect(facts(lookup('AWS Certified AI Practitioner')).weights).toEqual([20, 24, 28, 14, 14]);
  });

  it('MLS-C01’s last exam day is 2026-03-31, replaced by MLA-C01 and AIF-C01 (and AIP-C01)', () => {
    const a = ask('is MLS-C01 still available');
    expect(a.intent).toBe('lookup');
    const l = a as AnswerOf<'lookup'>;
    expect(l.subject.status).toMatchObject({ state: 'retired', lastExam: '2026-03-31', retiredOn: '2026-04-01' });
    // content-e (issue 8): ctaio.dev (https://ctaio.dev/en/ai-certifications/aws-ai-certification/) names GenAI Developer – Professional (AIP-C01) among MLS-C01's replacements, next to the seed's MLA and AIF.
    expect(l.related.map((v) => v.credential.id)).toEqual(['mla-c01', 'aif-c01', 'aip-c01']);
  });
});
