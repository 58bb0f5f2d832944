/**
 * Reads which fact fields a question asks about from its words (credential names taken out), by the
 * phrases in fact-field-phrases.ts: longer phrases win over shorter ones they overlap, weak phrases
 * count only when nothing more specific explains them, and a word one slip away from a phrase word
 * ("pasing", "renwal") is read as that word.
 */
import { isCommonWord } from '../catalog/common-words.js';
import { buildNearWords } from '../catalog/near-words.js';
import {
  FACT_FIELDS,
  type FactField,
  FIELD_TEXT,
  NOT_HELD_FIELDS,
  NOT_HELD_TEXT,
  type NotHeldField,
  WEAK_TEXT,
} from './fact-field-phrases.js';

export { FACT_FIELDS, type FactField, NOT_HELD_FIELDS, type NotHeldField } from './fact-field-phrases.js';

function phrases(text: string): string[][] {
  return text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => p.split(/\s+/));
}

const FIELDS = FACT_FIELDS.map((field) => ({ field, phrases: phrases(FIELD_TEXT[field]) }));
const NOT_HELD = NOT_HELD_FIELDS.map((field) => ({ field, phrases: phrases(NOT_HELD_TEXT[field]) }));
const WEAK = WEAK_TEXT.map((w) => ({ field: w.field, phrases: phrases(w.text) }));

/** How many words a `*` in a phrase may stand for. */
const GAP = 3;

/** Where `parts` matches from `i` on: the end (exclusive), or -1. A `*` takes 0 to GAP words. */
function matchAt(words: readonly string[], parts: readonly string[], i: number, k = 0): number {
  if (k === parts.length) return i;
  const part = parts[k];
  if (part === '*') {
    for (let skip = 0; skip <= GAP && i + skip <= words.length; skip++) {
      const end = matchAt(words, parts, i + skip, k + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  return words[i] === part ? matchAt(words, parts, i + 1, k + 1) : -1;
}

/** The first run of `parts` in `words`: where it starts and how many words it spans, or null. */
function find(words: readonly string[], parts: readonly string[]): { at: number; length: number } | null {
  for (let i = 0; i < words.length; i++) {
    const end = matchAt(words, parts, i);
    if (end >= 0) return { at: i, length: end - i };
  }
  return null;
}

interface Hit<F> {
  field: F;
  at: number;
  length: number;
}

function hits<F>(words: readonly string[], table: readonly { field: F; phrases: string[][] }[]): Hit<F>[] {
  const out: Hit<F>[] = [];
  const present = new Set(words);
  for (const { field, phrases: list } of table) {
    let best: Hit<F> | null = null;
    for (const p of list) {
      if (!present.has(p[0] ?? '')) continue;
      const found = find(words, p);
      if (
        found &&
        (best === null || found.length > best.length || (found.length === best.length && found.at < best.at))
      ) {
        best = { field, ...found };
      }
    }
    if (best) out.push(best);
  }
  return out;
}

/** A longer phrase swallows a shorter one it overlaps ("pass rate" is not "passing"). */
function withoutShadowed<F, G>(list: Hit<F>[], over: readonly Hit<G>[]): Hit<F>[] {
  return list.filter(
    (h) =>
      !over.some(
        (o) => o.length > h.length && h.at >= o.at && h.at + h.length <= o.at + o.length && (o as Hit<unknown>) !== h,
      ),
  );
}

/** How many words apart a specific phrase may be from a weak one and still explain it. */
const NEAR = 3;

/** Words between two hits (0 when they touch or overlap). */
function gapBetween(a: Hit<unknown>, b: Hit<unknown>): number {
  return Math.max(0, b.at - (a.at + a.length), a.at - (b.at + b.length));
}

export interface FactFieldReading {
  /** Fields asked about, in the order the question names them. */
  fields: FactField[];
  /** Things asked about that the catalog does not hold. */
  notHeld: NotHeldField[];
}

/** Every word of some phrase, as a vocabulary for reading slips ("pasing" → passing). */
const VOCABULARY = new Set([...FIELDS, ...NOT_HELD, ...WEAK].flatMap((f) => f.phrases.flat()).filter((w) => w !== '*'));
let nearVocabulary: ReturnType<typeof buildNearWords> | undefined;

/**
 * A word one slip (an edit or two letters swapped) from exactly one phrase word, with the same first
 * letter, is read as that word ("validate" is two from "validity" and stays itself). Known words, numbers and words under four letters are left alone.
 */
function readSlip(word: string): string {
  if (word.length < 4 || VOCABULARY.has(word) || isCommonWord(word) || /\d/.test(word)) return word;
  nearVocabulary ??= buildNearWords(VOCABULARY);
  const near = nearVocabulary.within(word, 1).filter((n) => n.word[0] === word[0]);
  const best = Math.min(...near.map((n) => n.distance));
  const closest = near.filter((n) => n.distance === best);
  return closest.length === 1 && closest[0] ? closest[0].word : word;
}

export function readFactFields(typed: readonly string[]): FactFieldReading {
  const words = typed.map(readSlip);
  const asked = hits(words, FIELDS);
  const missing = hits(words, NOT_HELD);
  const weak = hits(words, WEAK);
  const all: Hit<unknown>[] = [...asked, ...missing, ...weak];
  const fields = withoutShadowed(withoutShadowed(asked, all), missing);
  const notHeld = withoutShadowed(missing, all);
  // A weak phrase counts unless its field is asked already or a more specific phrase near it explains it.
  const specific: Hit<string>[] = [...fields, ...notHeld];
  const weakFields = withoutShadowed(weak, all).filter((h) => {
    const unless: readonly string[] = WEAK_TEXT.find((w) => w.field === h.field)?.unless ?? [];
    return !specific.some((s) => s.field === h.field || (unless.includes(s.field) && gapBetween(s, h) <= NEAR));
  });
  return {
    fields: [...fields, ...weakFields].sort((a, b) => a.at - b.at).map((h) => h.field),
    notHeld: notHeld.sort((a, b) => a.at - b.at).map((h) => h.field),
  };
}

/** Every word of some field phrase: ordinary words, never typos of catalog names. */
export const FACT_WORDS: ReadonlySet<string> = new Set(
  [...FIELDS, ...NOT_HELD, ...WEAK].flatMap((f) => f.phrases.flat()).filter((w) => w.length > 3),
);
