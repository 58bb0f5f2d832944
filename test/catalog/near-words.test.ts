/**
 * The near-word finder must find exactly what measuring every word would: checked against a scan of
 * the real catalog's name words, for typed words made with one and two slips of every kind.
 */
import { describe, expect, it } from 'vitest';
import { buildNearWords } from '../../src/catalog/near-words.js';
import { osaDistance } from '../../src/catalog/osa-distance.js';
import { loadTestIndex } from '../answer/load-test-catalog.js';

function scan(word: string, vocabulary: readonly string[], limit: number) {
  return [...new Set(vocabulary)]
    .map((w) => ({ word: w, distance: osaDistance(word, w, limit) }))
    .filter((x) => x.distance <= limit);
}

/** Slips of every kind: a letter dropped, doubled, changed, two neighbours swapped. */
function slips(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1));
    out.add(word.slice(0, i) + word[i] + word.slice(i));
    out.add(`${word.slice(0, i)}x${word.slice(i + 1)}`);
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return [...out];
}

describe('buildNearWords', () => {
  it('finds the same words, with the same distances and in vocabulary order, as scanning them all', async () => {
    const index = await loadTestIndex();
    const vocabulary = [...index.names.shortNames.keys(), ...index.names.words];
    const near = buildNearWords(vocabulary);
    const typed = vocabulary
      .filter((_, i) => i % 20 === 0)
      .flatMap((w) => [w, ...slips(w), ...slips(w).flatMap(slips).slice(0, 8)]);
    expect(typed.length).toBeGreaterThan(500);
    const differ = typed.flatMap((word) =>
      [1, 2].flatMap((limit) => {
        const got = JSON.stringify(near.within(word, limit));
        return got === JSON.stringify(scan(word, vocabulary, limit)) ? [] : [`${word} within ${limit}: ${got}`];
      }),
    );
    expect(differ).toEqual([]);
  });

  it('finds nothing in an empty vocabulary and handles empty and one-letter words', () => {
    expect(buildNearWords([]).within('aaism', 2)).toEqual([]);
    expect(buildNearWords(['a', 'ab']).within('', 1)).toEqual([{ word: 'a', distance: 1 }]);
    expect(buildNearWords(['a', 'ab']).within('b', 1)).toEqual([
      { word: 'a', distance: 1 },
      { word: 'ab', distance: 1 },
    ]);
  });

  it('still finds words at the edge of reach by length, and nothing for a word longer than every one by more', () => {
    const near = buildNearWords(['aaism', 'security']);
    expect(near.within('securityxx', 2)).toEqual([{ word: 'security', distance: 2 }]);
    expect(near.within('securityxxx', 2)).toEqual(scan('securityxxx', ['aaism', 'security'], 2));
    expect(near.within('aaism'.repeat(100), 2)).toEqual([]);
  });
});
