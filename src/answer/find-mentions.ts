/**
 * Finds what a question names: credentials, issuers, qualifications, roles, topics, tracks and levels.
 * Reads left to right and takes the longest name that matches at each word, so "aws certified ai
 * practitioner" is AIF-C01 and not CAIP's "certified ai practitioner" plus an issuer.
 */
import { type EntityKind, type NameEntry, type NameIndex, stemKey } from '../catalog/build-name-index.js';
import { isCommonWord } from '../catalog/common-words.js';
import type { Word } from './correct-typos.js';
import { dropWordLikeAcronyms } from './word-like-acronyms.js';

export type MentionHow = 'exact' | 'corrected' | 'near-tie' | 'partial';

export interface Mention {
  /** Word span [start, end) in the corrected words. */
  start: number;
  end: number;
  /** What the user typed for it. */
  typed: string;
  entries: NameEntry[];
  how: MentionHow;
}

/** Which kind a name stands for when it names several kinds of thing. */
export const KIND_PRIORITY: EntityKind[] = ['credential', 'qualification', 'role', 'topic', 'issuer', 'track', 'level'];

export function primaryKind(m: Mention): EntityKind | undefined {
  return KIND_PRIORITY.find((k) => m.entries.some((e) => e.kind === k));
}

function lookup(span: readonly Word[], names: NameIndex): NameEntry[] | undefined {
  const key = span.map((w) => w.text).join(' ');
  if (span.length === 1 && isCommonWord(key)) return undefined;
  const found =
    names.phrases.get(key) ??
    (span.length <= 3 ? names.compact.get(span.map((w) => w.text).join('')) : undefined) ??
    names.stemmed.get(stemKey(span.map((w) => w.text)));
  return found ? [...found] : undefined;
}

export function findMentions(words: readonly Word[], names: NameIndex): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (word?.tie) {
      mentions.push({ start: i, end: i + 1, typed: word.raw, entries: word.tie, how: 'near-tie' });
      i += 1;
      continue;
    }
    let matched = 0;
    for (let len = Math.min(names.maxPhraseWords, words.length - i); len >= 1 && matched === 0; len--) {
      const span = words.slice(i, i + len);
      if (span.some((w) => w.tie)) continue;
      const entries = lookup(span, names);
      if (!entries) continue;
      mentions.push({
        start: i,
        end: i + len,
        typed: span.map((w) => w.raw).join(' '),
        entries,
        how: span.some((w) => w.corrected) ? 'corrected' : 'exact',
      });
      matched = len;
    }
    i += Math.max(matched, 1);
  }
  return dropWordLikeAcronyms(words, mentions);
}
