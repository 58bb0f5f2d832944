/**
 * Reads a question into words, cues and resolved mentions: everything the intent decision needs.
 * Names typed in part are tried only when nothing was named outright.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { type EntityKind, stemWord, type WordDocuments } from '../catalog/build-name-index.js';
import { correctTypos, type Word } from './correct-typos.js';
import { findMentions, type Mention, primaryKind } from './find-mentions.js';
import { matchPartial, type PartialOptions } from './match-partial.js';
import { namesPerson, saysWhoTheyAre } from './names-person.js';
import { qualifyingIssuers } from './qualifying-issuers.js';
import { type Constraints, readConstraints } from './read-constraints.js';
import { type Cues, readCues } from './read-cues.js';
import { type FactFieldReading, readFactFields } from './read-fact-fields.js';
import { readWords } from './read-words.js';
import { interpretationOf, type Resolved, resolveMention } from './resolve-mentions.js';
import type { Interpretation } from './types.js';

export interface Reading {
  /** The question as asked. */
  question: string;
  words: Word[];
  /** The canonical text of each word. */
  texts: string[];
  cues: Cues;
  /** Fact fields asked about ("how much", "passing score"), and things the catalog does not hold. */
  facts: FactFieldReading;
  /** Conditions on a set of credentials: price, prerequisites, assessment, delivery, a sort, a count. */
  constraints: Constraints;
  /** Only greetings, thanks or small talk. */
  smallTalk: boolean;
  mentions: Mention[];
  credentials: Resolved[];
  qualifications: Resolved[];
  roles: Resolved[];
  topics: Resolved[];
  issuers: Resolved[];
  tracks: Resolved[];
  levels: Resolved[];
  /** Near-ties between things other than credentials. */
  ties: Mention[];
  interpretations: Interpretation[];
}

/** Plural cert words: a question with them and a condition asks for a list. */
const PLURAL_CERTS = new Set(['certs', 'certifications', 'credentials', 'exams', 'certificates']);

const CREDENTIAL_PARTIAL: PartialOptions = { minWords: 2, maxFrequency: 3, minRare: 1 };
const ROLE_PARTIAL: PartialOptions = { minWords: 2, maxFrequency: 2, minRare: 2 };
const TOPIC_PARTIAL: PartialOptions = { minWords: 1, maxFrequency: 2, minRare: 1 };

function inside(mentions: readonly Mention[], position: number): Mention | undefined {
  return mentions.find((m) => position >= m.start && position < m.end);
}

/** Track or level for a word like "foundational": a level, unless written "foundational track". */
function trackOrLevel(m: Mention): 'track' | 'level' | undefined {
  const track = m.entries.find((e) => e.kind === 'track');
  const level = m.entries.find((e) => e.kind === 'level');
  if (track && (!level || m.typed.split(' ').includes('track'))) return 'track';
  return level ? 'level' : undefined;
}

/** A mention made from words typed in part, when they point at one entity or a close few. */
function partialMention(
  words: readonly Word[],
  positions: readonly number[],
  docs: WordDocuments,
  kind: EntityKind,
  opts: PartialOptions,
): Mention | null {
  const texts = positions.map((p) => words[p]?.text ?? '');
  const match = matchPartial(texts, docs, opts);
  if (!match) return null;
  const used = positions.filter((p) => match.words.includes(stemWord(words[p]?.text ?? '')));
  const start = Math.min(...used);
  const end = Math.max(...used) + 1;
  return {
    start,
    end,
    typed: words
      .slice(start, end)
      .map((w) => w.raw)
      .join(' '),
    entries: match.ids.map((id) => ({ kind, id, form: 'alias' as const, written: '' })),
    how: match.ids.length > 1 ? 'near-tie' : 'partial',
  };
}

const SMALL_TALK = new Set(
  `hi hello hey hiya howdy yo sup thanks thank you thx ty cheers great cool ok okay nice awesome perfect
  good morning afternoon evening night bye goodbye see ya later lol haha got it that helps helped
  helpful appreciate appreciated much so very a lot lots the bot certdesk there all folks team
  how are u doing whats up well done job wow amazing super brilliant ta np no problem sounds love this
  thats mate bud buddy dude guys everyone youre one gm quick question hows going hmm hm test testing ping`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** Greetings, thanks and small talk: every word is one of those (and there is at least one). */
export function isSmallTalk(question: string): boolean {
  // Only emoji ("👍", "🙏 🎉"): a reaction, answered like thanks.
  const bare = question.replace(/<[@#!][^>]*>/g, '').trim();
  if (bare.length > 0 && /\p{Extended_Pictographic}/u.test(bare) && !/[\p{L}\p{N}]/u.test(bare)) return true;
  const words = question
    .replace(/<[@#!][^>]*>/g, ' ')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  return words.length > 0 && words.length <= 8 && words.every((w) => SMALL_TALK.has(w));
}

/**
 * Money and limits are conditions, never names: "$500", "500 dollars", "under 500" must not be read as
 * the exam code SC-500. The constraints are read from the raw question, so blanking them here loses nothing.
 */
const AMOUNTS =
  /(?:[$€£]\s*\d[\d,.]*k?|\b\d[\d,.]*k?\s*(?:\$|usd|dollars?|bucks|eur|euros?|gbp)\b|\b(?:usd|eur|gbp)\s*\d[\d,.]*|\b(?:under|below|over|above|less than|more than|at most|at least|up to|max|budget(?: of| is)?)\s+(?!8140\b|8570\b)\d[\d,.]*k?\b)/gi;

export function withoutAmounts(question: string): string {
  return question.replace(AMOUNTS, (m) => m.replace(/[\d,.]+k?/g, ' '));
}

/** Forgets mentions read as one kind that turned out to be another (a role's words that name a topic). */
function dropMentions(reading: Reading, dropped: readonly Mention[]): void {
  const keep = (r: Resolved) => !dropped.includes(r.mention);
  reading.mentions = reading.mentions.filter((m) => !dropped.includes(m));
  reading.roles = reading.roles.filter(keep);
  reading.tracks = reading.tracks.filter(keep);
  reading.levels = reading.levels.filter(keep);
}

export function readQuestion(question: string, index: CatalogIndex): Reading {
  const words = correctTypos(readWords(withoutAmounts(question)), index.names);
  const texts = words.map((w) => w.text);
  const cues = readCues(texts);
  const mentions = findMentions(words, index.names);
  // Fields and conditions are read from the words outside names ("Practical DevSecOps" is not "practical").
  const unnamed = texts.filter((_, i) => !inside(mentions, i));
  const reading: Reading = {
    question,
    words,
    texts,
    cues,
    facts: readFactFields(unnamed),
    constraints: readConstraints(unnamed, question),
    smallTalk: false,
    mentions,
    credentials: [],
    qualifications: [],
    roles: [],
    topics: [],
    issuers: [],
    tracks: [],
    levels: [],
    ties: [],
    interpretations: [],
  };
  // "how much?" is a fact asked (of the previous subject), not small talk, though every word could be.
  reading.smallTalk = isSmallTalk(question) && reading.facts.fields.length + reading.facts.notHeld.length === 0;
  const add = (m: Mention, kind: EntityKind, list: Resolved[]) => {
    const r = resolveMention(m, kind, index, qualifyingIssuers(m, mentions, texts));
    if (r.ids.length === 0) return;
    list.push(r);
    const note = interpretationOf(r, index);
    if (note && !reading.interpretations.some((i) => i.typed === note.typed)) reading.interpretations.push(note);
  };
  const classify = (m: Mention) => {
    // "azure security engineer looking for an AI cert": a credential's name that is also a role is the
    // person asking for advice, not the credential.
    const person = cues.has('recommend') && m.entries.some((e) => e.kind === 'role');
    const kind = person ? 'role' : primaryKind(m);
    if (m.how === 'near-tie' && kind !== 'credential') reading.ties.push(m);
    else if (kind === 'credential') add(m, 'credential', reading.credentials);
    else if (kind === 'qualification') add(m, 'qualification', reading.qualifications);
    else if (kind === 'role') add(m, 'role', reading.roles);
    else if (kind === 'topic') add(m, 'topic', reading.topics);
    else if (kind === 'issuer') add(m, 'issuer', reading.issuers);
    if (kind === 'role' || kind === 'track' || kind === 'level') {
      const tl = trackOrLevel(m);
      if (tl === 'track') add(m, 'track', reading.tracks);
      if (tl === 'level') add(m, 'level', reading.levels);
    }
  };
  for (const m of mentions) classify(m);

  const free = (allowIssuers: boolean) =>
    texts
      .map((_, i) => i)
      .filter((i) => {
        const m = inside(reading.mentions, i);
        return m === undefined || (allowIssuers && primaryKind(m) === 'issuer');
      });
  // "practical AI security certs": a listing with conditions names no credential, even in part.
  const listing = texts.some((t) => PLURAL_CERTS.has(t)) && reading.constraints.conditions.length > 0;
  // "security architect designing AI systems, which cert": a person asking for advice names no credential in part.
  const advice =
    cues.has('recommend') && (reading.roles.some((role) => namesPerson(texts, role.mention)) || saysWhoTheyAre(texts));
  if (reading.credentials.length === 0 && !listing && !advice) {
    const partial = partialMention(words, free(true), index.names.credentialWords, 'credential', CREDENTIAL_PARTIAL);
    const ownWords = partial && free(false).some((p) => p >= partial.start && p < partial.end);
    if (partial && ownWords) {
      reading.mentions.push(partial);
      classify(partial);
    }
  }
  // "which certs are DoD 8140 listed and under $500", "cheapest DoD 8140 cert": the words are the listing's
  // conditions, not a role named in part (the DoD contractor).
  const sortedListing = reading.constraints.sort !== null && reading.constraints.conditions.length > 0;
  if (reading.roles.length === 0 && cues.has('recommend') && !listing && !sortedListing) {
    const partial = partialMention(words, free(false), index.names.roleWords, 'role', ROLE_PARTIAL);
    if (partial && partial.how === 'partial') {
      reading.mentions.push(partial);
      classify(partial);
    }
  }
  if (reading.topics.length === 0 && (cues.has('coverage') || cues.has('gaps'))) {
    // "does AAISM cover red teaming": role words naming an activity, not a person, may be the topic asked.
    const activities = reading.roles.filter((role) => !namesPerson(texts, role.mention)).map((role) => role.mention);
    const activityWords = activities.flatMap((m) => texts.map((_, i) => i).filter((i) => i >= m.start && i < m.end));
    const positions = [...free(false), ...activityWords].sort((a, b) => a - b);
    const partial = partialMention(words, positions, index.names.topicWords, 'topic', TOPIC_PARTIAL);
    if (partial && partial.how === 'partial') {
      const replaced = activities.filter((m) => m.start < partial.end && partial.start < m.end);
      if (replaced.length > 0) dropMentions(reading, replaced);
      reading.mentions.push(partial);
      classify(partial);
    }
  }
  return reading;
}
