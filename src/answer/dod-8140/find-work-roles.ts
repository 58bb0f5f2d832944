/**
 * DCWF work roles as people write them: a code ("511", "DCWF 511", "8140 541"), a title or the end of
 * one ("cyber defense analyst", "incident responder"), with a typo per long word ("cyber defence
 * analist"), or a job title the framework maps ("SOC analyst" → 511) — the latter only where the
 * question is about DoD 8140 at all, which the caller decides. Pure.
 */
import type { Dod8140WorkRole } from '../../catalog/dod-8140/framework-schema.js';
import { tokenizeText } from '../../catalog/normalize-text.js';
import { osaDistance } from '../../catalog/osa-distance.js';

export type WorkRoleMatchHow = 'code' | 'title' | 'title-end' | 'job-title';

export interface WorkRoleMatch {
  role: Dod8140WorkRole;
  how: WorkRoleMatchHow;
  /** What in the question matched, as the person wrote it. */
  text: string;
}

export interface WorkRoleReading {
  matches: WorkRoleMatch[];
  /** A phrase that fits several roles equally ("test and evaluation specialist"): ask which. */
  ambiguous: { text: string; roles: Dod8140WorkRole[] }[];
}

const STOP = new Set(['and', 'the', 'of', 'a', 'an']);

function words(text: string): { text: string; raw: string }[] {
  return tokenizeText(text.replace(/\//g, ' ')).filter((t) => !STOP.has(t.text));
}

/** The words `deleted` can be with one letter taken out, and itself. */
function withOneDeleted(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

interface Title {
  role: Dod8140WorkRole;
  words: string[];
}

/**
 * A list of roles read once (questions are many, roles are few): each title as words, longest first,
 * and the titles' vocabulary indexed by every one-letter deletion, so that the title words a question
 * word may be (itself, a plural, one slip in a long word) are found by lookups, not by scanning.
 */
interface TitleIndex {
  titles: Title[];
  byLength: Title[];
  vocabulary: Set<string>;
  /** A word with at most one letter deleted → the long title words it can come from. */
  deletions: Map<string, string[]>;
  /** Question word → the title words it reads as (bounded: questions bring arbitrary words). */
  seen: Map<string, ReadonlySet<string>>;
}

const MAX_SEEN = 10_000;
const TITLE_INDEX = new WeakMap<readonly Dod8140WorkRole[], TitleIndex>();

function titleIndex(roles: readonly Dod8140WorkRole[]): TitleIndex {
  let ix = TITLE_INDEX.get(roles);
  if (ix) return ix;
  const titles = roles.map((role) => ({ role, words: words(role.title).map((w) => w.text) }));
  const vocabulary = new Set(titles.flatMap((t) => t.words));
  const deletions = new Map<string, string[]>();
  for (const v of vocabulary) {
    if (v.length < 5) continue;
    for (const d of withOneDeleted(v)) deletions.set(d, [...(deletions.get(d) ?? []), v]);
  }
  ix = {
    titles,
    byLength: [...titles].sort((a, b) => b.words.length - a.words.length),
    vocabulary,
    deletions,
    seen: new Map(),
  };
  TITLE_INDEX.set(roles, ix);
  return ix;
}

/**
 * The title words `word` is the same word as: equal, a plural of one another, or (both five letters or
 * more) one slip apart.
 */
function readsAs(word: string, ix: TitleIndex): ReadonlySet<string> {
  const hit = ix.seen.get(word);
  if (hit) return hit;
  const out = new Set<string>();
  for (const v of [word, `${word}s`, word.endsWith('s') ? word.slice(0, -1) : '']) {
    if (ix.vocabulary.has(v)) out.add(v);
  }
  if (word.length >= 5) {
    for (const d of withOneDeleted(word)) {
      for (const v of ix.deletions.get(d) ?? []) if (osaDistance(word, v, 1) <= 1) out.add(v);
    }
  }
  if (ix.seen.size >= MAX_SEEN) ix.seen.clear();
  ix.seen.set(word, out);
  return out;
}

/** Where `phrase` (title words) occurs in the question (what each word reads as): the start index, or -1. */
function findPhrase(question: readonly ReadonlySet<string>[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let i = 0; i + phrase.length <= question.length; i++) {
    if (phrase.every((w, k) => question[i + k]?.has(w))) return i;
  }
  return -1;
}

function sameWord(a: string, b: string): boolean {
  if (a === b || a === `${b}s` || b === `${a}s`) return true;
  return a.length >= 5 && b.length >= 5 && osaDistance(a, b, 1) <= 1;
}

/** Job titles as words, read once per table. */
const JOB_WORDS = new WeakMap<Readonly<Record<string, string>>, { words: string[]; code: string }[]>();

function jobTitleWords(jobTitles: Readonly<Record<string, string>>) {
  let list = JOB_WORDS.get(jobTitles);
  if (!list) {
    list = Object.entries(jobTitles).map(([title, code]) => ({ words: words(title).map((w) => w.text), code }));
    JOB_WORDS.set(jobTitles, list);
  }
  return list;
}

export function findWorkRoles(
  question: string,
  roles: readonly Dod8140WorkRole[],
  jobTitles: Readonly<Record<string, string>> = {},
  opts: { wholeTitlesOnly?: boolean } = {},
): WorkRoleReading {
  const matches: WorkRoleMatch[] = [];
  const ambiguous: WorkRoleReading['ambiguous'] = [];
  const add = (role: Dod8140WorkRole, how: WorkRoleMatchHow, text: string) => {
    if (!matches.some((m) => m.role.code === role.code)) matches.push({ role, how, text });
  };

  for (const m of question.matchAll(
    /(?<![$\d.,])\b(?:dcwf\s*(?:work\s*role\s*)?|work\s*role\s*)?(\d{3})\b(?![.,]\d|\s*(?:usd|dollars|\$|k\b))/gi,
  )) {
    const role = roles.find((r) => r.code === m[1]);
    if (role) add(role, 'code', m[0].trim());
  }

  const q = words(question);
  const ix = titleIndex(roles);
  const reads = q.map((w) => readsAs(w.text, ix));
  const used = new Set<number>();
  /** The question's words at [at, at + len) if none is taken yet; takes them. */
  const claim = (at: number, len: number): string | null => {
    if (at < 0 || [...Array(len).keys()].some((k) => used.has(at + k))) return null;
    for (let k = 0; k < len; k++) used.add(at + k);
    return q
      .slice(at, at + len)
      .map((w) => w.raw)
      .join(' ');
  };

  // Whole titles first, longest first, so "cyber defense forensics analyst" is 212, not 211.
  for (const { role, words: t } of ix.byLength) {
    const text = claim(findPhrase(reads, t), t.length);
    if (text !== null) add(role, 'title', text);
  }
  // Enough for "does the question name a work role at all" (the router asks it of every question).
  if (opts.wholeTitlesOnly) return { matches, ambiguous };

  // The end of a title, at least two words ("incident responder"): one role, or ask.
  for (let len = 4; len >= 2; len--) {
    for (let i = 0; i + len <= q.length; i++) {
      if ([...Array(len).keys()].some((k) => used.has(i + k))) continue;
      const phrase = reads.slice(i, i + len);
      const fits = ix.titles
        .filter(({ words: t }) => t.length > len && t.slice(t.length - len).every((w, k) => phrase[k]?.has(w)))
        .map((x) => x.role);
      if (fits.length === 0) continue;
      const text = claim(i, len) ?? '';
      if (fits.length === 1) add(fits[0] as Dod8140WorkRole, 'title-end', text);
      else ambiguous.push({ text, roles: fits });
    }
  }

  for (const { words: t, code } of jobTitleWords(jobTitles)) {
    const role = roles.find((r) => r.code === code);
    if (!role) continue;
    const at = q.findIndex((_, i) => i + t.length <= q.length && t.every((w, k) => sameWord(q[i + k]?.text ?? '', w)));
    const text = claim(at, t.length);
    if (text !== null) add(role, 'job-title', text);
  }
  return { matches, ambiguous };
}
