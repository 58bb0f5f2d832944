/**
 * Facts resolve by source tier: issuer > official > seed > third-party > blog (blogs of two or more
 * publishers that agree count as third-party). The highest tier present wins; disagreement inside it
 * is a dispute; lower tiers are outliers, never a dispute. Third parties never settle anything: the
 * result says when the value rests on them. States stay states; an omitted fact is unknown.
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
  ['dod', 'official'],
  ['seed', 'seed'],
  ['press', 'third-party'],
  ['trainer', 'third-party'],
  ['blog-a', 'blog'],
  ['blog-b', 'blog'],
]);

const claims = (...list: [number, string[]][]): Fact<number> => ({
  claims: list.map(([value, sources]) => ({ value, sources })),
});

describe('resolveFact on the real catalog', () => {
  it('AAISM questions: ISACA (90) wins; a single study site (100) is an outlier, not a dispute', () => {
    const c = real('aaism');
    const r = resolveFact(c.exam.questions, c.exam.sources, c);
    expect(r).toMatchObject({ state: 'value', value: 90, tier: 'issuer', restsOnThirdParties: false });
    if (r.state !== 'value') return;
    expect(r.outliers.map((o) => o.value)).toEqual([100]);
  });

  it('a plain value is backed by its group sources and takes their best tier', () => {
    const c = real('scs-c03');
    const r = resolveFact(c.exam.minutes, c.exam.sources, c);
    expect(r).toMatchObject({ state: 'value', value: 170 });
    expect(r.state === 'value' && ids(r.sources)).toEqual(c.exam.sources);
  });

  it('AWS delivery is inherited from the issuer rules, cited by the AWS policy page', () => {
    const c = real('aip-c01');
    const r = resolveFact(c.exam.delivery, c.exam.sources, c);
    expect(r).toMatchObject({ state: 'value', value: ['test-centre', 'online-proctored'], tier: 'issuer' });
    expect(r.state === 'value' && ids(r.sources)).toEqual(['aws-during-testing']);
  });

  it('an omitted fact is unknown', () => {
    const c = real('aair');
    expect(resolveFact(c.exam.scored_questions, c.exam.sources, c)).toEqual({ state: 'unknown' });
  });
});

describe('resolveFact by tier', () => {
  it('the issuer beats the seed; the seed claim is an outlier', () => {
    const r = resolveFact(claims([1, ['seed']], [2, ['vendor']]), [], ranked);
    expect(r).toMatchObject({ state: 'value', value: 2, tier: 'issuer' });
    expect(r.state === 'value' && r.outliers.map((o) => o.value)).toEqual([1]);
  });

  it('an official reference beats the seed and third parties', () => {
    expect(resolveFact(claims([1, ['seed']], [2, ['dod']], [3, ['press']]), [], ranked)).toMatchObject({
      state: 'value',
      value: 2,
      tier: 'official',
    });
  });

  it('a blog claim against an issuer value is never a dispute', () => {
    const r = resolveFact(claims([1, ['vendor']], [2, ['blog-a']]), [], ranked);
    expect(r.state).toBe('value');
    expect(r).toMatchObject({ value: 1, restsOnThirdParties: false });
  });

  it('a third party wins over a single blog but rests on third parties (it settles nothing)', () => {
    const r = resolveFact(claims([1, ['blog-a']], [2, ['press']]), [], ranked);
    expect(r).toMatchObject({ state: 'value', value: 2, tier: 'third-party', restsOnThirdParties: true });
  });

  it('two blogs of different publishers that agree count as a third party', () => {
    const r = resolveFact(claims([1, ['blog-a', 'blog-b']], [2, ['press']]), [], ranked);
    expect(r).toMatchObject({ state: 'disputed', tier: 'third-party' });
  });

  it('claims of the same value written apart are one claim', () => {
    const r = resolveFact(claims([7, ['press']], [7, ['trainer']], [8, ['blog-a']]), [], ranked);
    expect(r).toMatchObject({ state: 'value', value: 7 });
    expect(r.state === 'value' && ids(r.sources)).toEqual(['press', 'trainer']);
  });

  it('disagreement inside the winning tier is disputed; lower tiers stay outliers', () => {
    const r = resolveFact(claims([1, ['press']], [2, ['trainer']], [3, ['blog-a']]), [], ranked);
    expect(r.state).toBe('disputed');
    if (r.state !== 'disputed') return;
    expect(r.claims.map((c) => c.value)).toEqual([1, 2]);
    expect(r.outliers.map((c) => c.value)).toEqual([3]);
    expect(r.restsOnThirdParties).toBe(true);
  });

  it('two issuer claims that disagree are disputed too', () => {
    const twoVendors = withSources([
      ['vendor', 'issuer'],
      ['vendor-faq', 'issuer'],
    ]);
    expect(resolveFact(claims([1, ['vendor']], [2, ['vendor-faq']]), [], twoVendors).state).toBe('disputed');
  });

  it('states stay states: not-published keeps its source, not-applicable its note', () => {
    expect(resolveFact<number>({ state: 'unknown' }, ['seed'], ranked)).toEqual({ state: 'unknown' });
    expect(resolveFact<number>({ state: 'not-published', sources: ['vendor'] }, [], ranked)).toMatchObject({
      state: 'not-published',
      sources: [expect.objectContaining({ id: 'vendor' })],
    });
    expect(resolveFact<number>({ state: 'not-applicable', note: 'lifetime' }, [], ranked)).toEqual({
      state: 'not-applicable',
      note: 'lifetime',
    });
    expect(resolveFact<number>(undefined, ['seed'], ranked)).toEqual({ state: 'unknown' });
  });
});
