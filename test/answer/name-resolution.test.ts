/**
 * How names are resolved: exact names always beat fuzzy ones, a typo is corrected only when one name is
 * clearly closest, near-ties and shared acronyms are asked about, and ordinary words never drift into
 * an acronym.
 */

import { describe, expect, it } from 'vitest';
import { answerCredentialIds } from '../../src/answer/answer-credential-ids.js';
import { answerQuestion } from '../../src/answer/answer-question.js';
import { parseQuestion } from '../../src/answer/parse-question.js';
import { COMMON_WORDS } from '../../src/catalog/common-words.js';
import { isOlderCode } from '../../src/catalog/exam-codes.js';
import { loadTestIndex, TODAY } from './load-test-catalog.js';

const index = await loadTestIndex();
const query = (q: string) => parseQuestion(q, index).query;
const ask = (q: string) => answerQuestion(q, { index, now: TODAY });

describe('exact names win', () => {
  it('every acronym, id and current exam code in the catalog resolves to its own credential', () => {
    for (const c of index.catalog.credentials) {
      const shared = index.catalog.credentials.filter((o) => o.acronym.toLowerCase() === c.acronym.toLowerCase());
      const typings = [c.acronym, c.id, ...c.exam.codes.filter((x) => !isOlderCode(c, x.code)).map((x) => x.code)];
      for (const typed of shared.length > 1 ? [c.acronym, ...typings] : typings) {
        const q = query(typed);
        if (shared.length > 1 && typed.toLowerCase() === c.acronym.toLowerCase()) {
          expect(q, typed).toMatchObject({ intent: 'disambiguate', reason: 'acronym-collision' });
        } else {
          expect(q, typed).toEqual({ intent: 'lookup', credential: c.id });
        }
      }
    }
  });

  it('every full name resolves to its own credential', () => {
    for (const c of index.catalog.credentials) {
      const q = query(c.name);
      const shared = index.catalog.credentials.filter((o) => o.name === c.name);
      if (shared.length === 1) expect(q, c.name).toEqual({ intent: 'lookup', credential: c.id });
    }
  });

  it('an exact acronym is never read as its neighbour', () => {
    expect(query('cisa')).toEqual({ intent: 'lookup', credential: 'cisa' });
    expect(query('cism')).toEqual({ intent: 'lookup', credential: 'cism' });
    expect(query('caip')).toEqual({ intent: 'lookup', credential: 'caip' });
    expect(query('aaia')).toEqual({ intent: 'lookup', credential: 'aaia' });
    expect(query('aair')).toEqual({ intent: 'lookup', credential: 'aair' });
  });

  it('a previous exam code, and the id of the entry folded away, name the certification it belongs to', () => {
    expect(query('SCS-C02')).toEqual({ intent: 'lookup', credential: 'scs-c03' });
    expect(query('scs-c02')).toEqual({ intent: 'lookup', credential: 'scs-c03' });
  });

  it('an earlier code of a current credential is read as that credential, and says so', () => {
    const parsed = parseQuestion('AIP-110', index);
    expect(parsed.query).toEqual({ intent: 'lookup', credential: 'caip' });
    expect(parsed.interpretations).toEqual([{ typed: 'aip 110', readAs: expect.stringMatching(/^CAIP .*AIP-210/) }]);
  });

  it('an older code still on sale is not called earlier or previous: the note names the newest, the status the end', () => {
    // CS0-003 can be sat until its last day (2026-12-22), so the dateless note must not say it is gone.
    const parsed = parseQuestion('cs0-003', index);
    expect(parsed.query).toEqual({ intent: 'lookup', credential: 'cysa-plus' });
    const note = parsed.interpretations[0]?.readAs ?? '';
    expect(note).toMatch(/CS0-003 is one of its exam codes; the newest is CS0-004/);
    expect(note).not.toMatch(/earlier|previous/);
  });
});

describe('typos', () => {
  it.each([
    ['aasim', 'aaism'],
    ['AASIM', 'aaism'],
    ['aaims', 'aaism'],
    ['cisssp', 'cissp'],
    ['scs-c3', 'scs-c03'],
    ['mls c1', 'mls-c01'],
    ['secaii', 'secai-plus'],
    ['gmel', 'gmle'],
  ])('%s is read as %s, and the answer says so', (typed, id) => {
    const parsed = parseQuestion(typed, index);
    expect(parsed.query).toEqual({ intent: 'lookup', credential: id });
    expect(parsed.interpretations).toHaveLength(1);
  });

  it.each(['cisp', 'aais', 'aaim', 'caisx', 'ciss'])('%s is equally close to several: the engine asks', (typed) => {
    const q = query(typed);
    expect(q).toMatchObject({ intent: 'disambiguate', reason: 'near-tie' });
    expect(q.intent === 'disambiguate' && q.candidates.length).toBeGreaterThan(1);
  });

  it('near-ties list every equally close credential, side by side', () => {
    const a = ask('AAIS');
    expect(a.intent).toBe('disambiguate');
    expect(answerCredentialIds(a).sort()).toEqual(['aaia', 'aair', 'aaism']);
    expect(a.intent === 'disambiguate' && a.howToTell).toMatch(/equally close/);
  });

  it('a slip in the first letter is not corrected on its own: "visa" is not CISA', () => {
    expect(query('visa').intent).toBe('unknown');
    expect(query('cisa').intent).toBe('lookup');
  });

  it('no common word ever resolves to a credential', () => {
    const drifted = [...COMMON_WORDS].filter((w) => {
      const q = query(w);
      return q.intent === 'lookup' || q.intent === 'compare' || q.intent === 'disambiguate';
    });
    expect(drifted).toEqual([]);
  });

  it('short words are never fuzzy-matched to acronyms', () => {
    for (const w of ['can', 'is', 'cia?', 'aws', 'ai', 'ml', 'sec', 'gap', 'cap', 'cis', 'ism', 'aim', 'aia']) {
      expect(['lookup', 'disambiguate', 'compare'], w).not.toContain(query(w).intent);
    }
  });
});

describe('shared acronyms', () => {
  it('CAISP names two credentials: both are shown, with how to tell them apart from their trust signals', () => {
    const a = ask('caisp');
    expect(a.intent).toBe('disambiguate');
    if (a.intent !== 'disambiguate') return;
    expect(a.reason).toBe('acronym-collision');
    expect(a.candidates.map((v) => v.issuer.name).sort()).toEqual(['PECB', 'Practical DevSecOps']);
    expect(a.howToTell).toMatch(/Practical DevSecOps: a hands-on performance exam/);
    expect(a.howToTell).toMatch(/administered by PECB/);
    expect(a.howToTell).toMatch(/“PECB CAISP”/);
  });

  it('naming the issuer picks one', () => {
    expect(query('pecb caisp')).toEqual({ intent: 'lookup', credential: 'pecb-caisp' });
    expect(query('the caisp from practical devsecops')).toEqual({ intent: 'lookup', credential: 'caisp' });
    expect(query('CAISP by PECB')).toEqual({ intent: 'lookup', credential: 'pecb-caisp' });
  });
});

describe('names typed in part', () => {
  it.each([
    ['aws security specialty', 'scs-c03'],
    ['the ML specialty', 'mls-c01'],
    ['the isaca ai audit one', 'aaia'],
    ['isaca ai security', 'aaism'],
    ['the giac machine learning one', 'gmle'],
    ['comptia ai security', 'secai-plus'],
    ['aws genai developer', 'aip-c01'],
  ])('%s → %s', (typed, id) => {
    expect(query(typed)).toEqual({ intent: 'lookup', credential: id });
  });

  it('too little to go on is not a credential', () => {
    for (const q of ['security', 'ai security', 'cloud', 'the exam', 'specialty']) {
      expect(['lookup', 'compare'], q).not.toContain(query(q).intent);
    }
  });
});

describe('roles and topics resolve like credentials', () => {
  it.each([
    ['what should a GRC lead take first', 'grc-lead'],
    ['what should a grc manager take', 'grc-lead'],
    ['im a chief information security officer, suggestions?', 'ciso'],
    ['which cert for a pen tester', 'penetration-tester'],
    ['what should ML engineers get', 'ml-engineer'],
  ])('%s → role %s', (q, role) => {
    expect(query(q)).toMatchObject({ intent: 'recommend', role });
  });

  it.each([
    ['which certs test MITRE ATLAS', 'mitre-atlas'],
    ['which certs test mitre atlaas', 'mitre-atlas'],
    ['what covers owasp top 10 for llm', 'owasp-llm-top-10'],
    ['what covers model inversion', 'training-data-reconstruction'],
  ])('%s → topic %s', (q, topic) => {
    expect(query(q)).toEqual({ intent: 'coverage', topic, gapsOnly: false });
  });

  it('with no role recognised, recommend lists the roles one can ask about', () => {
    const a = ask('which cert should I take first?');
    expect(a.intent).toBe('recommend');
    expect(a.intent === 'recommend' && a.roles.map((r) => r.id)).toEqual(index.catalog.roles.map((r) => r.id));
  });
});
