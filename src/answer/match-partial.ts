/**
 * Names typed in part ("the ML specialty", "aws security specialty", "the isaca ai audit one"): scores
 * each entity by the distinctive words of its names that the question uses, rarer words counting more.
 * Returns one id when it is clearly best, several when the best are too close to call, or nothing.
 */
import { stemWord, type WordDocuments } from '../catalog/build-name-index.js';

export interface PartialOptions {
  /** At least this many of the entity's words must appear. */
  minWords: number;
  /** A word is rare when it appears in no more than this many entities. */
  maxFrequency: number;
  /** At least this many of the matched words must be rare. */
  minRare: number;
}

export interface PartialMatch {
  ids: string[];
  /** The question's words that matched the best entity. */
  words: string[];
}

/** Scores closer than this are a near-tie. */
const TIE_MARGIN = 0.35;

export function matchPartial(
  queryWords: readonly string[],
  docs: WordDocuments,
  opts: PartialOptions,
): PartialMatch | null {
  const query = [...new Set(queryWords.map(stemWord))];
  if (query.length === 0) return null;
  const total = docs.words.size;
  const scored: { id: string; score: number; matched: string[] }[] = [];
  for (const [id, words] of docs.words) {
    const matched = query.filter((w) => words.has(w));
    if (matched.length < opts.minWords) continue;
    const rare = matched.filter((w) => (docs.frequency.get(w) ?? total) <= opts.maxFrequency);
    if (rare.length < opts.minRare) continue;
    const score = matched.reduce((sum, w) => sum + Math.log(1 + total / (docs.frequency.get(w) ?? total)), 0);
    scored.push({ id, score, matched });
  }
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return null;
  const close = scored.filter((s) => best.score - s.score < TIE_MARGIN).slice(0, 4);
  return { ids: close.map((s) => s.id), words: best.matched };
}
