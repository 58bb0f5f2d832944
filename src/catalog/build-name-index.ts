/**
 * The name-resolution index: every name, acronym, exam code and alias of every catalog entity in the
 * canonical form of normalize-text.ts, so question text can be matched against it word by word.
 */

import { isCommonWord } from './common-words.js';
import { isOlderCode } from './exam-codes.js';
import { normalizeText, tokenizeText } from './normalize-text.js';
import { type Catalog, type Level, levelSchema, type Track, trackSchema } from './schema.js';

export type EntityKind = 'credential' | 'issuer' | 'topic' | 'role' | 'qualification' | 'track' | 'level';

/** How a name belongs to its entity; earlier forms are stronger evidence. */
export const NAME_FORMS = ['id', 'acronym', 'code', 'name', 'alias', 'old-code'] as const;
export type NameForm = (typeof NAME_FORMS)[number];

export interface NameEntry {
  kind: EntityKind;
  id: string;
  form: NameForm;
  /** The name as the catalog writes it. */
  written: string;
}

export interface NameIndex {
  /** Canonical key ("scs c03", "aws security specialty") → entries. */
  phrases: ReadonlyMap<string, readonly NameEntry[]>;
  /** Keys with each word stemmed ("ml engineers" meets "ml engineer"), for what the exact keys miss. */
  stemmed: ReadonlyMap<string, readonly NameEntry[]>;
  /** Run-together key of short names ("scsc03", "isc2", "secai") → entries; exam codes typed without spaces. */
  compact: ReadonlyMap<string, readonly NameEntry[]>;
  /** Every word of every key: a word in here is never treated as a typo. */
  words: ReadonlySet<string>;
  /** Single-word keys that name something by acronym, code or id (what a short typo is compared with). */
  shortNames: ReadonlyMap<string, readonly NameEntry[]>;
  /** The longest key, in words. */
  maxPhraseWords: number;
  /** Distinctive words of each credential's names (issuer included), for names typed in part. */
  credentialWords: WordDocuments;
  /** Distinctive words of each role's names. */
  roleWords: WordDocuments;
  /** Distinctive words of each topic's names. */
  topicWords: WordDocuments;
}

/** Per entity id, the stemmed distinctive words of its names, and in how many entities each word appears. */
export interface WordDocuments {
  words: ReadonlyMap<string, ReadonlySet<string>>;
  frequency: ReadonlyMap<string, number>;
}

/** Words that say nothing about which credential is meant. */
const NAME_NOISE = new Set(['certified', 'certification', 'cert', 'the', 'of', 'in', 'and', 'for', 'a', 'an', 'one']);

/** Level words people use besides the enum values. */
const LEVEL_WORDS: [string, Level][] = [
  ['entry level', 'foundational'],
  ['beginner', 'foundational'],
  ['beginners', 'foundational'],
  ['starter', 'foundational'],
  ['fundamentals', 'foundational'],
  ['associate level', 'intermediate'],
  ['mid level', 'intermediate'],
  ['professional level', 'advanced'],
  ['senior', 'advanced'],
];

/** Track words people use besides the enum values ("pentest certs" are the offensive track's). */
const TRACK_WORDS: [string, Track][] = [
  ['pentest', 'offensive'],
  ['pentesting', 'offensive'],
  ['penetration testing', 'offensive'],
  ['ethical hacking', 'offensive'],
  ['offensive security', 'offensive'],
  ['blue team', 'defensive'],
  ['defensive security', 'defensive'],
  ['incident response', 'defensive'],
  ['digital forensics', 'defensive'],
  ['threat hunting', 'defensive'],
  ['grc', 'governance'],
];

/** Track words that are too common to count alone ("core") need the word "track" after them. */
const TRACK_NEEDS_WORD = new Set<Track>(['core']);

/** Reduce a word to the form partial-name matching compares ("engineers" → "engineer"). */
export function stemWord(word: string): string {
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** A key with every word stemmed. */
export function stemKey(words: readonly string[]): string {
  return words.map(stemWord).join(' ');
}

class NameIndexBuilder {
  readonly phrases = new Map<string, NameEntry[]>();
  readonly stemmed = new Map<string, NameEntry[]>();
  readonly compact = new Map<string, NameEntry[]>();
  readonly words = new Set<string>();
  readonly shortNames = new Map<string, NameEntry[]>();
  maxPhraseWords = 1;

  add(kind: EntityKind, id: string, form: NameForm, written: string): void {
    const key = normalizeText(written);
    if (key === '') return;
    const entry: NameEntry = { kind, id, form, written };
    push(this.phrases, key, entry);
    const parts = key.split(' ');
    push(this.stemmed, stemKey(parts), entry);
    for (const w of parts) this.words.add(w);
    this.maxPhraseWords = Math.max(this.maxPhraseWords, parts.length);
    const run = parts.join('');
    const shortForm = form === 'id' || form === 'acronym' || form === 'code' || form === 'old-code';
    if (parts.length <= 3 && (shortForm || parts.length === 1)) {
      push(this.compact, run, entry);
      this.words.add(run);
    }
    if (shortForm && run.length >= 3 && !isCommonWord(run)) push(this.shortNames, run, entry);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.some((v) => JSON.stringify(v) === JSON.stringify(value))) list.push(value);
}

function addCredentials(b: NameIndexBuilder, catalog: Catalog): void {
  for (const c of catalog.credentials) {
    b.add('credential', c.id, 'id', c.id);
    // An entry folded into this one keeps resolving here (scs-c02 is SCS-C03's entry's previous version).
    for (const old of c.former_ids) b.add('credential', c.id, 'id', old);
    b.add('credential', c.id, 'acronym', c.acronym);
    b.add('credential', c.id, 'name', c.name);
    for (const a of c.aliases) b.add('credential', c.id, 'alias', a);
    for (const code of c.exam.codes)
      b.add('credential', c.id, isOlderCode(c, code.code) ? 'old-code' : 'code', code.code);
    // "isaca aaism", "pecb caisp": the issuer in front of the acronym picks one of a shared acronym.
    const issuer = catalog.issuers.find((i) => i.id === c.issuer);
    if (issuer) {
      for (const iname of [issuer.id, issuer.name, ...issuer.aliases]) {
        b.add('credential', c.id, 'alias', `${iname} ${c.acronym}`);
      }
    }
  }
}

function addOthers(b: NameIndexBuilder, catalog: Catalog): void {
  for (const i of catalog.issuers) {
    b.add('issuer', i.id, 'id', i.id);
    b.add('issuer', i.id, 'name', i.name);
    for (const a of i.aliases) b.add('issuer', i.id, 'alias', a);
  }
  for (const q of catalog.qualifications) {
    b.add('qualification', q.id, 'id', q.id);
    if (q.acronym) b.add('qualification', q.id, 'acronym', q.acronym);
    b.add('qualification', q.id, 'name', q.name);
    for (const a of q.aliases) b.add('qualification', q.id, 'alias', a);
  }
  for (const t of catalog.topics) {
    b.add('topic', t.id, 'name', t.name);
    for (const a of t.aliases) b.add('topic', t.id, 'alias', a);
  }
  for (const r of catalog.roles) {
    b.add('role', r.id, 'name', r.name);
    for (const a of r.aliases) b.add('role', r.id, 'alias', a);
  }
  for (const track of trackSchema.options) {
    if (!TRACK_NEEDS_WORD.has(track)) b.add('track', track, 'name', track);
    b.add('track', track, 'alias', `${track} track`);
  }
  for (const [words, track] of TRACK_WORDS) b.add('track', track, 'alias', words);
  for (const level of levelSchema.options) b.add('level', level, 'name', level);
  for (const [words, level] of LEVEL_WORDS) b.add('level', level, 'alias', words);
}

/** Stemmed words of some names that say something about which entity is meant. */
export function distinctiveWords(names: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const n of names) {
    for (const t of tokenizeText(n)) {
      if (!NAME_NOISE.has(t.text) && !isCommonWord(t.text)) words.add(stemWord(t.text));
    }
  }
  return words;
}

function documentsOf(entities: readonly { id: string; names: string[] }[]): WordDocuments {
  const words = new Map<string, Set<string>>();
  const frequency = new Map<string, number>();
  for (const e of entities) {
    const set = distinctiveWords(e.names);
    words.set(e.id, set);
    for (const w of set) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  }
  return { words, frequency };
}

function credentialDocuments(catalog: Catalog): WordDocuments {
  return documentsOf(
    catalog.credentials.map((c) => {
      const issuer = catalog.issuers.find((i) => i.id === c.issuer);
      const names = [c.name, c.acronym, ...c.aliases, ...c.exam.codes.map((x) => x.code)];
      if (issuer) names.push(issuer.id, issuer.name, ...issuer.aliases);
      return { id: c.id, names };
    }),
  );
}

export function buildNameIndex(catalog: Catalog): NameIndex {
  const b = new NameIndexBuilder();
  addCredentials(b, catalog);
  addOthers(b, catalog);
  return {
    phrases: b.phrases,
    stemmed: b.stemmed,
    compact: b.compact,
    words: b.words,
    shortNames: b.shortNames,
    maxPhraseWords: b.maxPhraseWords,
    credentialWords: credentialDocuments(catalog),
    roleWords: documentsOf(catalog.roles.map((r) => ({ id: r.id, names: [r.name, ...r.aliases] }))),
    topicWords: documentsOf(catalog.topics.map((t) => ({ id: t.id, names: [t.name, ...t.aliases] }))),
  };
}
