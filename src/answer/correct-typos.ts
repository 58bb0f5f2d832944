/**
 * Reads typos as the catalog word they are clearly closest to ("aasim" → aaism, "secuirty" → security,
 * "scs-c3" → scsc03). A word is corrected only when one candidate is strictly closest; when several
 * acronyms are equally close ("cisp": cissp, cism, cisa, caisp) the word is marked as a near-tie so the
 * engine asks instead of guessing. Known words, common words and short words are never corrected.
 */
import { type NameEntry, type NameIndex, stemWord } from '../catalog/build-name-index.js';
import { isCommonWord } from '../catalog/common-words.js';
import { type NearWords, nearWordsOf } from '../catalog/near-words.js';
import type { Token } from '../catalog/normalize-text.js';
import { CUE_WORDS } from './read-cues.js';
import { FACT_WORDS } from './read-fact-fields.js';

export interface Word extends Token {
  /** Set when `text` is a correction of what was typed (`raw`). */
  corrected?: boolean;
  /** Set when the word is equally close to several names: what it might be. */
  tie?: NameEntry[];
}

const MIN_TYPO_LENGTH = 4;

function maxDistance(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

function isProtected(word: string, names: NameIndex): boolean {
  return (
    word.length < MIN_TYPO_LENGTH ||
    /^\d+$/.test(word) ||
    names.words.has(word) ||
    names.words.has(stemWord(word)) ||
    isCommonWord(word) ||
    CUE_WORDS.has(word) ||
    FACT_WORDS.has(word)
  );
}

/** The catalog words closest to `word`, if any is within reach, in the vocabulary's order. */
function nearest(word: string, candidates: NearWords): { distance: number; words: string[] } {
  const limit = maxDistance(word);
  const near = candidates.within(word, limit).filter((c) => c.word.length >= MIN_TYPO_LENGTH - 1);
  const best = Math.min(limit + 1, ...near.map((c) => c.distance));
  return { distance: best, words: best <= limit ? near.filter((c) => c.distance === best).map((c) => c.word) : [] };
}

/**
 * What a word may be a typo of: exam codes for a word with a digit, acronyms and codes for a
 * four-letter word, any catalog word of four letters or more besides for a longer one. Indexed once
 * per name index.
 */
function candidatesFor(word: string, names: NameIndex): NearWords {
  if (/\d/.test(word)) {
    return nearWordsOf(names, 'typo-codes', () => [...names.shortNames.keys()].filter((k) => /\d/.test(k)));
  }
  if (word.length === MIN_TYPO_LENGTH) return nearWordsOf(names, 'typo-short', () => names.shortNames.keys());
  return nearWordsOf(names, 'typo-all', () => [
    ...names.shortNames.keys(),
    ...[...names.words].filter((w) => w.length >= MIN_TYPO_LENGTH),
  ]);
}

/** The reading of one unknown word: a correction, a near-tie, or nothing. */
function readWord(word: string, names: NameIndex): { to?: string | undefined; tie?: NameEntry[] } {
  const { words } = nearest(word, candidatesFor(word, names));
  // A slip in the first letter is rare: "visa" is not a typo of CISA. Such a reading is only a tie-breaker.
  if (words.length === 1) return words[0]?.[0] === word[0] ? { to: words[0] } : {};
  if (words.length < 2) return {};
  const entries = words.map((w) => names.shortNames.get(w));
  // Equally close to plain words too: no reading at all rather than a guess.
  if (entries.some((e) => e === undefined)) return {};
  const tie = entries.flatMap((e) => e ?? []);
  return new Set(tie.map((e) => `${e.kind}:${e.id}`)).size > 1 ? { tie } : { to: words[0] };
}

function isExact(span: readonly Token[], names: NameIndex): boolean {
  return names.compact.has(span.map((t) => t.text).join('')) || names.phrases.has(span.map((t) => t.text).join(' '));
}

/**
 * Exam codes typed with a slip over several words ("scs c3" → scsc03). A code ends in a digit, and
 * one slip is all that is read: "scs c02 vs" is SCS-C02 and the word vs, not a misspelt code.
 */
function readCodeSpan(span: readonly Token[], names: NameIndex): string | undefined {
  const run = span.map((t) => t.text).join('');
  const last = span[span.length - 1]?.text ?? '';
  if (!/^[a-z]/.test(run) || !/\d$/.test(last) || run.length < 5) return undefined;
  for (let len = 1; len <= span.length; len++) if (isExact(span.slice(0, len), names)) return undefined;
  const { distance, words } = nearest(run, candidatesFor(run, names));
  return distance <= 1 && words.length === 1 && words[0]?.[0] === run[0] ? words[0] : undefined;
}

export function correctTypos(tokens: readonly Token[], names: NameIndex): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < tokens.length) {
    let consumed = 0;
    for (let len = Math.min(3, tokens.length - i); len >= 2 && consumed === 0; len--) {
      const span = tokens.slice(i, i + len);
      const to = readCodeSpan(span, names);
      if (to !== undefined) {
        out.push({ text: to, raw: span.map((t) => t.raw).join(' '), corrected: true });
        consumed = len;
      }
    }
    if (consumed > 0) {
      i += consumed;
      continue;
    }
    const token = tokens[i];
    i += 1;
    if (!token) continue;
    if (isProtected(token.text, names)) {
      out.push({ ...token });
      continue;
    }
    const reading = readWord(token.text, names);
    if (reading.to !== undefined) out.push({ text: reading.to, raw: token.raw, corrected: true });
    else if (reading.tie) out.push({ ...token, tie: reading.tie });
    else out.push({ ...token });
  }
  return out;
}
