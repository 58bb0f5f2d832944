import { describe, expect, it } from 'vitest';
import type { Credential, Source } from '../../../src/catalog/schema.js';
import { describeFact } from '../../../src/render/doc/describe-fact.js';
import { formatMinutes } from '../../../src/render/doc/format-values.js';
import { loadFixtureIndex } from '../support/load-fixture-index.js';

const base = loadFixtureIndex().credential('aaism');
if (!base) throw new Error('fixture catalog lacks aaism');

const source = (id: string, publisher: string, kind: Source['kind']): Source => ({
  id,
  title: `${publisher} page`,
  publisher,
  url: `https://${id}.example/`,
  kind,
  verified: '2026-11-01',
});

const credential: Credential = {
  ...base,
  sources: [
    source('vendor', 'Vendor', 'issuer'),
    source('blog-a', 'Blog A', 'third-party'),
    source('blog-b', 'Blog B', 'third-party'),
  ],
};

const minutes = (fact: Parameters<typeof describeFact<number>>[0], style: 'full' | 'short' = 'full') =>
  describeFact(fact, ['vendor'], credential, formatMinutes, style);

describe('describeFact', () => {
  it('published: the value', () => {
    expect(minutes(170)).toBe('170 min');
  });

  it('not published: says so, never guesses', () => {
    expect(minutes(null)).toBe('not published');
  });

  it('disputed: every value with its source', () => {
    const fact = {
      claims: [
        { value: 170, sources: ['blog-a'] },
        { value: 180, sources: ['blog-b'] },
      ],
    };
    expect(minutes(fact)).toBe('Sources disagree: 170 min (Blog A) · 180 min (Blog B)');
    expect(minutes(fact, 'short')).toBe('170 min or 180 min (sources disagree)');
  });

  it('settled: the winner, who it overrules and who settles it', () => {
    const fact = {
      claims: [
        { value: 170, sources: ['vendor'] },
        { value: 180, sources: ['blog-b'] },
      ],
    };
    expect(minutes(fact)).toBe('170 min (Blog B says 180 min; Vendor settles it)');
    expect(minutes(fact, 'short')).toBe('170 min');
  });
});
