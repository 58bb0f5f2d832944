/** The catalog index: lookups by id, and the canonical names the question engine matches against. */
import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { isCommonWord } from '../../src/catalog/common-words.js';
import { compactText, normalizeText, tokenizeText } from '../../src/catalog/normalize-text.js';
import { osaDistance } from '../../src/catalog/osa-distance.js';
import { loadTestIndex } from '../answer/load-test-catalog.js';

const index = await loadTestIndex();

describe('buildCatalogIndex lookups', () => {
  it('finds every kind of entity by id, and nothing for an unknown id', () => {
    expect(index.credential('aaism')?.acronym).toBe('AAISM');
    expect(index.issuer('isaca')?.name).toBe('ISACA');
    expect(index.topic('mitre-atlas')?.name).toBe('MITRE ATLAS');
    expect(index.role('grc-lead')?.aliases).toContain('grc lead');
    expect(index.qualification('cia')?.acronym).toBe('CIA');
    expect(index.credential('nope')).toBeUndefined();
    expect(index.catalog.credentials.length).toBeGreaterThanOrEqual(21);
  });

  it('labels a credential by its acronym, adding the issuer only when the acronym is shared', () => {
    expect(index.credentialLabel('aaism')).toBe('AAISM');
    expect(index.credentialLabel('caisp')).toBe('CAISP (Practical DevSecOps)');
    expect(index.credentialLabel('pecb-caisp')).toBe('CAISP (PECB)');
  });

  it('is built from plain data and does not change it', () => {
    const copy = structuredClone(index.catalog);
    buildCatalogIndex(copy);
    expect(copy).toEqual(index.catalog);
  });
});

describe('the name index', () => {
  const names = index.names;
  const owners = (key: string) => (names.phrases.get(key) ?? []).map((e) => `${e.kind}:${e.id}:${e.form}`);

  it('holds names, acronyms, aliases and exam codes in canonical form', () => {
    expect(owners('aaism')).toEqual(expect.arrayContaining(['credential:aaism:id', 'credential:aaism:acronym']));
    expect(owners('scs c03')).toContain('credential:scs-c03:code');
    expect(new Set(owners('aws security specialty'))).toEqual(new Set(['credential:scs-c03:alias']));
    expect(owners('aip 110')).toEqual(['credential:caip:old-code']);
    expect(owners('isaca')).toContain('issuer:isaca:id');
    expect(owners('security plus')).toContain('credential:security-plus:alias');
    expect(owners('certified internal auditor')).toContain('qualification:cia:alias');
    expect(owners('mitre atlas')).toContain('topic:mitre-atlas:name');
    expect(owners('grc lead')).toContain('role:grc-lead:alias');
    expect(owners('governance track')).toEqual(['track:governance:alias']);
    expect(owners('foundational')).toEqual(
      expect.arrayContaining(['track:foundational:name', 'level:foundational:name']),
    );
  });

  it('keeps a shared acronym under both owners', () => {
    expect(owners('caisp').filter((o) => o.endsWith(':acronym'))).toEqual([
      'credential:caisp:acronym',
      'credential:pecb-caisp:acronym',
    ]);
  });

  it('adds the issuer in front of each acronym, so "pecb caisp" names one credential', () => {
    expect(new Set(owners('pecb caisp').map((o) => o.split(':')[1]))).toEqual(new Set(['pecb-caisp']));
    expect(owners('isaca aaism')).toContain('credential:aaism:alias');
  });

  it('knows exam codes run together', () => {
    expect((names.compact.get('scsc03') ?? []).map((e) => e.id)).toContain('scs-c03');
    expect((names.compact.get('cy0001') ?? []).map((e) => e.id)).toContain('secai-plus');
  });

  it('offers only acronyms, codes and ids, never common words, as targets for short typos', () => {
    expect(names.shortNames.has('aaism')).toBe(true);
    expect(names.shortNames.has('mlsc01')).toBe(true);
    for (const key of names.shortNames.keys()) expect(isCommonWord(key), key).toBe(false);
  });

  it('scores names typed in part by their rarer words', () => {
    const words = names.credentialWords;
    expect(words.words.get('mls-c01')?.has('specialty')).toBe(true);
    expect(words.words.get('aaia')?.has('audit')).toBe(true);
    expect(words.words.get('aaia')?.has('isaca')).toBe(true);
    expect(words.words.get('aaia')?.has('certified')).toBe(false);
    expect(words.frequency.get('specialty')).toBeLessThanOrEqual(3);
    expect(words.frequency.get('audit') ?? 0).toBeLessThan(words.frequency.get('ai') ?? 0);
  });
});

describe('normalizeText', () => {
  it('meets exam codes however they are typed', () => {
    for (const typed of ['SCS-C03', 'scs c03', 'Scs_C03', 'scs–c03']) expect(normalizeText(typed)).toBe('scs c03');
    for (const typed of ['SCS-C03', 'scs c03', 'scsc03']) expect(compactText(typed)).toBe('scsc03');
  });

  it('folds the usual spellings together', () => {
    expect(normalizeText('AWS Certified Machine Learning – Specialty')).toBe('aws certified ml specialty');
    expect(normalizeText('Certified Artificial Intelligence Practitioner')).toBe('certified ai practitioner');
    expect(normalizeText('Generative AI Developer')).toBe('genai developer');
    expect(normalizeText('gen ai')).toBe('genai');
    expect(normalizeText('AWS security speciality')).toBe('aws security specialty');
    expect(normalizeText('Security+')).toBe('security plus');
    expect(normalizeText('R&D')).toBe('r and d');
    expect(normalizeText('(ISC)²')).toBe('isc 2');
    expect(normalizeText("I'm an ML engineer")).toBe('im an ml engineer');
    expect(normalizeText('Café')).toBe('cafe');
    expect(normalizeText("ISACA's AI audit cert")).toBe('isaca ai audit cert');
    expect(normalizeText("what's new")).toBe('whats new');
  });

  it('keeps what was typed next to each canonical word', () => {
    expect(tokenizeText('Machine Learning specialty')).toEqual([
      { text: 'ml', raw: 'machine learning' },
      { text: 'specialty', raw: 'specialty' },
    ]);
  });
});

describe('osaDistance', () => {
  it.each([
    ['aaism', 'aaism', 0],
    ['aasim', 'aaism', 1],
    ['cisp', 'cissp', 1],
    ['cisp', 'cism', 1],
    ['cism', 'cisa', 1],
    ['ca', 'abc', 3],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['scsc3', 'scsc03', 1],
  ] as const)('%s → %s is %i', (a, b, d) => {
    expect(osaDistance(a, b)).toBe(d);
    expect(osaDistance(b, a)).toBe(d);
  });

  it('stops early past a limit', () => {
    expect(osaDistance('aaism', 'kubernetes', 2)).toBe(3);
    expect(osaDistance('aasim', 'aaism', 1)).toBe(1);
  });
});
