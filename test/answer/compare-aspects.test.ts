/**
 * "Which costs more", "X vs Y cost", "X vs Y exam length": a comparison on the aspect asked, answered
 * from the catalog's data. Expected wording follows what the data implies (equal values, disputed prices),
 * so the tests hold as the catalog changes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { disputedUsdExamPrices, examMinutes, launchDate, usdExamPrice } from '../../src/answer/credential-fields.js';
import type { Answer, AnswerOf } from '../../src/answer/types.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import type { Credential } from '../../src/catalog/schema.js';
import { renderTextAnswer } from '../../src/render/text/render-text-answer.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

let index: CatalogIndex;
beforeAll(async () => {
  index = await loadTestIndex();
});

const ask = (q: string) => answerQuestion(q, { index, now: TODAY });
const text = (a: Answer) => renderTextAnswer(a, { lookup: index }).replace(/\s+/g, ' ');
const credential = (id: string) => index.credential(id) as Credential;

function compare(q: string): AnswerOf<'compare'> {
  const a = ask(q);
  if (a.intent !== 'compare') throw new Error(`${q} → ${a.intent}, expected compare`);
  return a;
}

describe('a comparative or a fact between two credentials asks for a comparison on that aspect', () => {
  it.each([
    ['which costs more aigp or aaism', ['aigp', 'aaism'], 'cheaper'],
    ['cisa vs cism cost', ['cisa', 'cism'], 'cheaper'],
    ["what's the price difference between aaism and aigp", ['aaism', 'aigp'], 'cheaper'],
    ['cissp vs ccsp exam length', ['cissp', 'ccsp'], 'longer'],
    ['cism vs cisa difficulty', ['cism', 'cisa'], 'harder'],
    ['which has more questions, cissp or cism', ['cissp', 'cism'], null],
    ['does aaism have fewer questions than aaia', ['aaism', 'aaia'], null],
    ['which is more hands-on, oscp or ceh practical', ['oscp', 'ceh-practical'], null],
    ['which is newer, aaism or aigp', ['aaism', 'aigp'], 'newer'],
    ['which came out first cissp or cism', ['cissp', 'cism'], 'newer'],
    ['aaism vs aigp launch date', ['aaism', 'aigp'], 'newer'],
    ['should i do aaism or aaia first', ['aaism', 'aaia'], null],
  ])('%s', (q, ids, aspect) => {
    const a = compare(q);
    expect(a.subjects.map((s) => s.credential.id)).toEqual(ids);
    expect(a.aspect ?? null).toBe(aspect);
  });

  it('two credentials and a fact with no comparative stay a fact answer, one line each', () => {
    for (const q of ['how much are cisa and cism', 'how long are the aaism and aaia exams']) {
      expect(ask(q).intent).toBe('fact');
    }
  });
});

describe('the bottom line of an aspect rests on the data', () => {
  it('a disputed price is shown with each value, never as "no price"', () => {
    const a = compare('which costs more aigp or aaism');
    const t = text(a);
    for (const id of ['aigp', 'aaism']) {
      const c = credential(id);
      const price = usdExamPrice(c);
      if (price.kind === 'usd') expect(t).toContain(`$${price.amount}`);
      const disputed = disputedUsdExamPrices(c);
      if (disputed.length > 0) {
        expect(t).toContain(`${c.acronym}: sources disagree`);
        for (const p of disputed) expect(t).toContain(`$${p}`);
      }
      if (price.kind !== 'usd' && disputed.length === 0) expect(t).toContain(`no US-dollar price for ${c.acronym}`);
    }
  });

  it('"which is newer" orders by the launch dates the catalog records', () => {
    const t = text(compare('which is newer, aaism or aigp'));
    const dates = ['aaism', 'aigp'].map((id) => ({ id, day: launchDate(credential(id)) }));
    expect(dates.every((d) => d.day !== null)).toBe(true);
    const [first, second] = [...dates].sort((a, b) => (a.day ?? '').localeCompare(b.day ?? ''));
    const label = (id: string) => credential(id).acronym;
    expect(t).toContain(`${label(first?.id ?? '')} ${first?.day}, then ${label(second?.id ?? '')} ${second?.day}`);
  });

  it('equal values are said to be equal, never ordered with "<"', () => {
    const t = text(compare('cissp vs ccsp exam length'));
    const [a, b] = [examMinutes(credential('cissp')), examMinutes(credential('ccsp'))];
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    if (a === b) expect(t).toContain(`CISSP and CCSP both take ${a} min`);
    else expect(t).toMatch(/CISSP \d+ min < CCSP|CCSP \d+ min < CISSP/);
    const prices = [usdExamPrice(credential('cisa')), usdExamPrice(credential('cism'))];
    const c = text(compare('cisa vs cism cost'));
    if (prices.every((p) => p.kind === 'usd') && prices[0]?.kind === 'usd' && prices[1]?.kind === 'usd') {
      if (prices[0].amount === prices[1].amount) expect(c).toContain(`CISA and CISM both cost $${prices[0].amount}`);
      else expect(c).toContain(' < ');
    }
  });
});

describe('issuer against issuer', () => {
  it.each([
    ['isaca vs isc2 which is more respected', ['isaca', 'isc2'], 'recognised'],
    ['isc2 vs comptia', ['isc2', 'comptia'], null],
    ['aws vs isaca', ['aws', 'isaca'], null],
  ])('%s: every issuer named has a column, AI-security credentials first', (q, issuers, aspect) => {
    const a = compare(q);
    expect(a.aspect ?? null).toBe(aspect);
    for (const issuer of issuers) {
      const theirs = a.subjects.filter((s) => s.credential.issuer === issuer).map((s) => s.credential);
      expect(theirs.length, issuer).toBeGreaterThan(0);
      const ai = index.catalog.credentials.filter((c) => c.issuer === issuer && c.ai_focus !== 'none');
      if (ai.length > 0) expect(theirs.map((c) => c.id)).toEqual(ai.map((c) => c.id));
      else expect(theirs.every((c) => c.coverage.length > 0)).toBe(true);
    }
  });
});
