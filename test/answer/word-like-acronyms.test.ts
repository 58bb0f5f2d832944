/**
 * Issue 8: short acronyms that are ordinary words (CC, CFR, CSC, CND, A+, GRID) name a credential only when the
 * question is about credentials; near-twins (CISO the role, CISSP) never read as Mile2's CISSO.
 */
import { describe, expect, it } from 'vitest';
import { answerCredentialIds } from '../../src/answer/answer-credential-ids.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { readQuestion } from '../../src/answer/read-question.js';
import { WORD_LIKE_ACRONYMS } from '../../src/answer/word-like-acronyms.js';
import { normalizeText } from '../../src/catalog/normalize-text.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

const index = await loadTestIndex();
const ask = (q: string) => answerQuestion(q, { index, now: TODAY });
const named = (q: string) => readQuestion(q, index).credentials.flatMap((r) => r.ids);

describe('word-like acronyms', () => {
  it('each guarded key is a credential acronym of today’s catalog', () => {
    const acronyms = new Set(index.catalog.credentials.map((c) => normalizeText(c.acronym)));
    for (const key of WORD_LIKE_ACRONYMS) expect(acronyms, key).toContain(key);
  });

  it.each([
    ['cc', 'cc'],
    ['what cc should I get', 'cc'],
    ['What is CC?', 'cc'],
    ['tell me about cc', 'cc'],
    ['is cnd worth it', 'cnd'],
    ['cfr exam cost', 'cfr'],
    ['csc', 'csc'],
    ['a+ certification', 'a-plus'],
    ['grid', 'grid'],
    ['what do I need before A+', 'a-plus'],
  ])('"%s" names %s', (q, id) => {
    expect(named(q)).toEqual([id]);
    expect(answerCredentialIds(ask(q))).toContain(id);
  });

  it.each([
    ['cc me on this', 'cc'],
    ['cc me', 'cc'],
    ['csc meeting at 3pm', 'csc'],
    ['the csc team', 'csc'],
    ['what does 16 CFR part 314 require', 'cfr'],
    ['I got an A+ in math', 'a-plus'],
    ['the grid layout is broken', 'grid'],
  ])('"%s" does not name %s', (q, id) => {
    expect(named(q)).not.toContain(id);
    expect(answerCredentialIds(ask(q))).not.toContain(id);
  });

  it('issuer-qualified or next to another credential, the acronym always counts', () => {
    expect(named('isc2 cc')).toEqual(['cc']);
    expect(named('certnexus csc')).toEqual(['csc']);
    expect(named('cnd vs cissp')).toEqual(['cnd', 'cissp']);
  });
});

describe('near-twins of CISSO', () => {
  it('CISO is the role, not Mile2’s CISSO', () => {
    const a = ask('what should a new CISO get');
    expect(a.intent).toBe('recommend');
    expect(answerCredentialIds(a)).not.toContain('cisso');
    expect(named('ciso')).not.toContain('cisso');
  });

  it('CISSP is CISSP and CISSO is CISSO', () => {
    expect(named('cissp')).toEqual(['cissp']);
    expect(named('cisso')).toEqual(['cisso']);
    expect(named('is cissp the same as cisso')).toEqual(['cissp', 'cisso']);
  });
});
