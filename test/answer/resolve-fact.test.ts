/**
 * Fact ranking: issuer > seed > two or more agreeing third parties > a single third party. A unique best
 * claim settles it; a tie at the top is reported as a disagreement; null is "not published".
 */
import { describe, expect, it } from 'vitest';
import { resolveFact } from '../../src/answer/resolve-fact.js';
import type { CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import type { Credential, Fact, Source } from '../../src/catalog/schema.js';
import { loadTestIndex } from './load-test-catalog.js';

const index: CatalogIndex = await loadTestIndex();

function real(id: string): Credential {
  const c = index.credential(id);
  if (!c) throw new Error(`${id} is not in the catalog`);
  return c;
}

const ids = (sources: readonly Source[]) => sources.map((s) => s.id);

/** A credential whose sources are exactly these, to rank made-up claims. */
function withSources(sources: [string, Source['kind']][]): Credential {
  return {
    ...real('aaism'),
    sources: sources.map(([id, kind]) => ({
      id,
      kind,
      title: id,
      publisher: id,
      url: 'https://example.com/',
      verified: '2026-11-01',
    })),
  };
}

const ranked = withSources([
  ['vendor', 'issuer'],
  ['seed', 'seed'],
  ['blog-a', 'third-party'],
  ['blog-b', 'third-party'],
  ['blog-c', 'third-party'],
]);

describe('resolveFact on the real catalog', () => {
  it('AAISM questions: ISACA and the seed (90) overrule a single study site (100)', () => {
    const c = real('aaism');
    const r = resolveFact(c.exam.questions, c.exam.sources, c);
    expect(r.state).toBe('settled');
    if (r.state !== 'settled') return;
    expect(r.value).toBe(90);
    expect(ids(r.sources)).toEqual(expect.arrayContaining(['isaca-outline', 'seed']));
    expect(r.overruled.map((o) => o.value)).toEqual([100]);
  });

  it('AAISM minutes: the seed (150) overrules a single study site (120)', () => {
    const c = real('aaism');
    const r = resolveFact(c.exam.minutes, c.exam.sources, c);
    expect(r).toMatchObject({ state: 'settled', value: 150 });
  });

  it('AAISM fees: two single third parties disagree ($459/$599 vs $575/$760), so the answer is disputed', () => {
    const c = real('aaism');
    const r = resolveFact(c.cost.prices, c.cost.sources, c);
    expect(r.state).toBe('disputed');
    if (r.state !== 'disputed') return;
    const amounts = r.claims.map((claim) => claim.value?.map((p) => p.amount));
    expect(amounts).toContainEqual([459, 599, 50]);
    expect(amounts).toContainEqual([575, 760]);
    expect(r.claims.find((claim) => claim.value?.[0]?.amount === 575)?.note).toMatch(/CISM/);
  });

  it('AIP-C01 minutes: three agreeing third parties (180) outrank single ones (170, 240); the others are kept', () => {
    const c = real('aip-c01');
    const r = resolveFact(c.exam.minutes, c.exam.sources, c);
    expect(r.state).toBe('settled');
    if (r.state !== 'settled') return;
    expect(r.value).toBe(180);
    expect(ids(r.sources)).toEqual(['shshell', 'daleca', 'mangham']);
    expect(r.overruled.map((o) => o.value).sort()).toEqual([170, 240]);
    expect(ids(r.overruled.flatMap((o) => o.sources))).toEqual(expect.arrayContaining(['mindmesh', 'dataopslabs']));
  });

  it('a plain value is published by its group sources', () => {
    const c = real('scs-c03');
    const r = resolveFact(c.exam.minutes, c.exam.sources, c);
    expect(r).toMatchObject({ state: 'published', value: 170 });
    expect(r.state === 'published' && ids(r.sources)).toEqual(c.exam.sources);
  });

  it('null is not published, with the sources that were checked', () => {
    const c = real('aip-c01');
    const r = resolveFact(c.exam.delivery, c.exam.sources, c);
    expect(r.state).toBe('not-published');
    expect(r.state === 'not-published' && r.sources.length).toBeGreaterThan(0);
  });
});

describe('resolveFact ranking', () => {
  const claims = (...list: [number, string[]][]): Fact<number> => ({
    claims: list.map(([value, sources]) => ({ value, sources })),
  });

  it('the issuer beats the seed', () => {
    expect(resolveFact(claims([1, ['seed']], [2, ['vendor']]), [], ranked)).toMatchObject({
      state: 'settled',
      value: 2,
    });
  });

  it('the seed beats agreeing third parties', () => {
    const r = resolveFact(claims([1, ['blog-a', 'blog-b', 'blog-c']], [2, ['seed']]), [], ranked);
    expect(r).toMatchObject({ state: 'settled', value: 2 });
  });

  it('two agreeing third parties beat one', () => {
    expect(resolveFact(claims([1, ['blog-a']], [2, ['blog-b', 'blog-c']]), [], ranked)).toMatchObject({
      state: 'settled',
      value: 2,
    });
  });

  it('claims of the same value written apart count as agreeing', () => {
    const r = resolveFact(claims([7, ['blog-a']], [7, ['blog-b']], [8, ['blog-c']]), [], ranked);
    expect(r).toMatchObject({ state: 'settled', value: 7 });
    expect(r.state === 'settled' && ids(r.sources)).toEqual(['blog-a', 'blog-b']);
  });

  it('a tie at the top is disputed, every claim kept', () => {
    const r = resolveFact(claims([1, ['blog-a']], [2, ['blog-b']]), [], ranked);
    expect(r.state).toBe('disputed');
    expect(r.state === 'disputed' && r.claims.map((c) => c.value)).toEqual([1, 2]);
  });

  it('two issuer claims that disagree are disputed too', () => {
    const twoVendors = withSources([
      ['vendor', 'issuer'],
      ['vendor-faq', 'issuer'],
    ]);
    expect(resolveFact(claims([1, ['vendor']], [2, ['vendor-faq']]), [], twoVendors).state).toBe('disputed');
  });

  it('a plain null is not published; a plain value is published', () => {
    expect(resolveFact<number>(null, ['seed'], ranked)).toEqual({
      state: 'not-published',
      sources: [expect.objectContaining({ id: 'seed' })],
    });
    expect(resolveFact<number>(5, ['seed'], ranked)).toMatchObject({ state: 'published', value: 5 });
  });

  it('a winning null claim means not published', () => {
    const fact: Fact<number> = {
      claims: [
        { value: null, sources: ['vendor'] },
        { value: 3, sources: ['blog-a'] },
      ],
    };
    expect(resolveFact(fact, [], ranked).state).toBe('not-published');
  });
});
