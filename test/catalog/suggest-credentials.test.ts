/** The picker's type-ahead over the shipped catalog: what people type finds the credential they mean. */
import { describe, expect, it } from 'vitest';
import { suggestCredentials } from '../../src/catalog/suggest-credentials.js';
import { catalogIndex } from '../slack/harness.js';

const index = await catalogIndex();
const suggest = (typed: string, limit = 100) => suggestCredentials(index, typed, limit);

describe('suggestCredentials', () => {
  it('puts the exact acronym, id or exam code first, whatever the case or punctuation', () => {
    expect(suggest('aaism')[0]).toBe('aaism');
    expect(suggest('AAISM')[0]).toBe('aaism');
    expect(suggest('mls-c01')[0]).toBe('mls-c01');
    expect(suggest('MLS C01')[0]).toBe('mls-c01');
  });

  it('finds by alias and by part of a name', () => {
    expect(suggest('isaca ai audit')[0]).toBe('aaia');
    expect(suggest('audit')).toContain('aaia');
  });

  it("an issuer's name gives its credentials", () => {
    const aws = suggest('Amazon Web Services');
    expect(aws.length).toBeGreaterThan(0);
    for (const id of aws) expect(index.credential(id)?.issuer).toBe('aws');
  });

  it('respects the limit, gives every credential for empty text, and nothing for nonsense', () => {
    expect(suggest('', 5)).toHaveLength(5);
    expect(suggest('')).toHaveLength(Math.min(100, index.catalog.credentials.length));
    expect(suggest('zzzzqqq')).toEqual([]);
  });
});
