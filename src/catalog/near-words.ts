/**
 * The words of a vocabulary within one or two edits of a word, found by lookups rather than by
 * measuring the distance to every word: each vocabulary word is indexed under every form it takes with
 * up to two letters deleted, and two words within k edits (optimal string alignment: insertions,
 * deletions, substitutions, neighbouring transpositions) always share a form with at most k letters
 * deleted from each. Only those few candidates are measured. Built once per vocabulary.
 */
import { osaDistance } from './osa-distance.js';

export interface NearWord {
  word: string;
  distance: number;
}

export interface NearWords {
  /** Vocabulary words within `limit` (1 or 2) edits of `word`, in vocabulary order. */
  within(word: string, limit: number): NearWord[];
}

const MAX_LIMIT = 2;

/** `word` with up to `depth` letters deleted, itself included, each form once. */
function deletions(word: string, depth: number, into: Set<string> = new Set()): Set<string> {
  into.add(word);
  if (depth === 0 || word.length === 0) return into;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(shorter)) deletions(shorter, depth - 1, into);
  }
  return into;
}

export function buildNearWords(vocabulary: Iterable<string>): NearWords {
  const words = [...new Set(vocabulary)];
  const byForm = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (const form of deletions(w, MAX_LIMIT)) {
      const list = byForm.get(form);
      if (list) list.push(i);
      else byForm.set(form, [i]);
    }
  });
  // A word more than k letters longer than every vocabulary word is more than k edits from each of them.
  // Checked first: the deletion forms of a long word grow with its length squared (a 500-letter "word"
  // pasted into Slack would take most of a second).
  const longest = words.reduce((max, w) => Math.max(max, w.length), 0);
  return {
    within(word, limit) {
      const k = Math.min(limit, MAX_LIMIT);
      if (word.length > longest + k) return [];
      const seen = new Set<number>();
      for (const form of deletions(word, k)) for (const i of byForm.get(form) ?? []) seen.add(i);
      const out: NearWord[] = [];
      for (const i of [...seen].sort((a, b) => a - b)) {
        const candidate = words[i] ?? '';
        const distance = osaDistance(word, candidate, k);
        if (distance <= k) out.push({ word: candidate, distance });
      }
      return out;
    },
  };
}

/** Near-word finders kept per owner object (a name index), one per named vocabulary. */
const built = new WeakMap<object, Map<string, NearWords>>();

export function nearWordsOf(owner: object, name: string, vocabulary: () => Iterable<string>): NearWords {
  let byName = built.get(owner);
  if (!byName) {
    byName = new Map();
    built.set(owner, byName);
  }
  let near = byName.get(name);
  if (!near) {
    near = buildNearWords(vocabulary());
    byName.set(name, near);
  }
  return near;
}
