import { describe, expect, it } from 'vitest';
import { resolveFact } from '../../../src/answer/resolve-fact.js';
import type { Credential, Fact, Source } from '../../../src/catalog/schema.js';
import { describeResolved } from '../../../src/render/doc/describe-fact.js';
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
    source('solo', 'Solo Blog', 'blog'),
  ],
};

/** Resolved when the answer is built, formatted by the renderer: the two steps the app takes. */
const describeFact = (
  fact: Fact<number>,
  group: string[],
  c: Credential,
  format: (n: number) => string,
  style: 'card' | 'full' | 'short' = 'full',
) => describeResolved(resolveFact(fact, group, c), format, style);

const minutes = (fact: Fact<number>, style: 'card' | 'full' | 'short' = 'full') =>
  describeFact(fact, ['vendor'], credential, formatMinutes, style);

describe('describeFact', () => {
  it('a value from the issuer: just the value', () => {
    expect(minutes(170)).toBe('170 min');
  });

  it('unknown (written or omitted): not in our sources yet, never "not published"', () => {
    expect(minutes({ state: 'unknown' })).toBe("not in certdesk's sources yet");
    expect(minutes(undefined)).toBe("not in certdesk's sources yet");
  });

  it('not published: says so with the source that says so', () => {
    expect(minutes({ state: 'not-published', sources: ['vendor'] })).toBe('not published (per Vendor)');
    expect(minutes({ state: 'not-published', sources: ['vendor'] }, 'short')).toBe('not published');
  });

  it('not applicable, with its note', () => {
    expect(minutes({ state: 'not-applicable', note: 'a lifetime credential' })).toBe(
      'not applicable (a lifetime credential)',
    );
  });

  it('a value only third parties give rests on them', () => {
    expect(describeFact(170, ['blog-a'], credential, formatMinutes)).toBe('170 min (rests on third parties: Blog A)');
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

  it('a blog claim against the issuer value is not shown: no dispute, nobody "settles" it', () => {
    const fact = {
      claims: [
        { value: 170, sources: ['vendor'] },
        { value: 180, sources: ['solo'] },
      ],
    };
    expect(minutes(fact)).toBe('170 min');
    expect(minutes(fact)).not.toMatch(/settles|disagree/);
  });
});
