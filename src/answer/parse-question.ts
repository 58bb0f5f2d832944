/**
 * Question text → typed Query. Decides the intent from what the question names and the words around
 * it, in a fixed order: help, compare ("vs"), eligibility, deadlines, coverage, recommend, lookup,
 * browse. Whenever the named credential is not certain (a shared acronym, a typo equally close to
 * several names) the query is a disambiguation: the engine asks rather than guesses.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { levelSchema, trackSchema } from '../catalog/schema.js';
import { parseHorizon } from './parse-horizon.js';
import { type Reading, readQuestion } from './read-question.js';
import type { Resolved } from './resolve-mentions.js';
import { splitEligibility } from './split-eligibility.js';
import { startingPoints, suggestClosest, suggestionFor } from './suggest-closest.js';
import type { Interpretation, Query, Suggestion } from './types.js';

export const DEFAULT_HORIZON_DAYS = 365;

/** Words that ask for a comparison even when only one credential is named ("compare aaism"). */
const EXPLICIT_COMPARE = new Set(['vs', 'compare', 'compared', 'comparing', 'comparison', 'difference']);

export interface ParsedQuestion {
  query: Query;
  interpretations: Interpretation[];
}

function uniqueIds(list: readonly Resolved[]): string[] {
  return [...new Set(list.filter((r) => r.ids.length === 1).map((r) => r.ids[0] ?? ''))];
}

function ask(r: Resolved): Query {
  return { intent: 'disambiguate', term: r.mention.typed, candidates: r.ids, reason: r.reason ?? 'near-tie' };
}

/**
 * In a comparison, a shared acronym next to one of its own candidates named outright is the other one:
 * "caisp vs pecb caisp" compares Practical DevSecOps's CAISP with PECB's.
 */
function theOtherOne(r: Resolved, credentials: readonly Resolved[], reading: Reading, index: CatalogIndex): Resolved {
  if (r.ids.length < 2 || r.reason !== 'acronym-collision') return r;
  const named = new Set(uniqueIds(credentials));
  const left = r.ids.filter((id) => !named.has(id));
  const only = left[0];
  if (left.length !== 1 || only === undefined) return r;
  reading.interpretations.push({ typed: r.mention.typed, readAs: `${index.credentialLabel(only)}, the other one` });
  return { ...r, ids: [only], reason: null };
}

function compareOrAsk(reading: Reading, index: CatalogIndex): Query {
  const credentials = reading.credentials.map((c) => theOtherOne(c, reading.credentials, reading, index));
  const unclear = credentials.find((c) => c.ids.length > 1);
  if (unclear) return ask(unclear);
  const ids = uniqueIds(credentials);
  if (ids.length >= 2) return { intent: 'compare', credentials: ids };
  return missingSecond(credentials[0], index);
}

/** "compare aaism": name the one, offer the credentials it is usually compared with. */
function missingSecond(r: Resolved | undefined, index: CatalogIndex): Query {
  const id = r?.ids[0];
  const c = id === undefined ? undefined : index.credential(id);
  if (!r || !c) return { intent: 'help' };
  const others = c.related.filter((x) => x.relation !== 'predecessor').map((x) => x.credential);
  return {
    intent: 'disambiguate',
    term: r.mention.typed,
    candidates: [c.id, ...others.filter((o) => o !== c.id)].slice(0, 4),
    reason: 'missing-second',
  };
}

/**
 * "Can I take AAISM with only Security+?" asks about one credential; "I have CISSP, what can I take?"
 * names only what is held, so the answer is every credential the asker can sit (target null).
 */
function eligibilityQuery(r: Reading, index: CatalogIndex): Query | null {
  const split = splitEligibility(r.texts, r.credentials, r.qualifications, index);
  if (split.target) {
    if (split.target.ids.length > 1) return ask(split.target);
    return { intent: 'eligibility', target: split.target.ids[0] ?? '', held: split.held };
  }
  const unclear = r.credentials.find((c) => c.ids.length > 1);
  if (unclear) return ask(unclear);
  return split.held.length > 0 ? { intent: 'eligibility', target: null, held: split.held } : null;
}

/** The role for someone who holds nothing yet, when the catalog has it. */
const STARTER_ROLE = 'early-career';

/**
 * "No certs yet, where do I start?": where to start (the role they name, else the early-career one);
 * "no certs yet, what can I take?": everything with no prerequisite.
 */
function holdsNothingQuery(r: Reading, index: CatalogIndex): Query {
  const role = r.roles[0]?.ids[0] ?? (index.role(STARTER_ROLE) ? STARTER_ROLE : null);
  const wantsList = r.cues.has('eligibility') && !r.cues.has('recommend');
  if (role === null || wantsList) return { intent: 'eligibility', target: null, held: [] };
  return { intent: 'recommend', role };
}

function deadlinesQuery(r: Reading, horizon: number | null): Query {
  const unclear = r.credentials.find((c) => c.ids.length > 1);
  if (unclear) return ask(unclear);
  return {
    intent: 'deadlines',
    credentials: uniqueIds(r.credentials),
    issuer: r.issuers[0]?.ids[0] ?? null,
    horizonDays: horizon ?? DEFAULT_HORIZON_DAYS,
  };
}

function browseQuery(r: Reading): Query {
  return {
    intent: 'browse',
    issuer: r.issuers[0]?.ids[0] ?? null,
    track: trackSchema.options.find((t) => t === r.tracks[0]?.ids[0]) ?? null,
    level: levelSchema.options.find((l) => l === r.levels[0]?.ids[0]) ?? null,
  };
}

/** "the pecb one" (answering "which CAISP?"): the issuer's credential, when it has just one. */
function theIssuersOne(r: Reading, index: CatalogIndex): string | undefined {
  const issuer = r.issuers[0]?.ids[0];
  if (r.issuers.length !== 1 || r.tracks.length + r.levels.length > 0 || !r.texts.includes('one')) return undefined;
  const theirs = index.catalog.credentials.filter((c) => c.issuer === issuer);
  return theirs.length === 1 ? theirs[0]?.id : undefined;
}

function unknownQuery(r: Reading, index: CatalogIndex): Query {
  for (const q of r.qualifications) {
    const found = q.ids[0] === undefined ? undefined : index.qualification(q.ids[0]);
    if (!found) continue;
    r.interpretations.push({
      typed: q.mention.typed,
      readAs: `${found.name}: not a catalog entry, known here only as something people hold (ask "can I take AAISM with ${found.acronym ?? found.name}?")`,
    });
  }
  let suggestions: Suggestion[] = suggestClosest(r.words, r.mentions, index);
  const aboutTopics = r.cues.has('coverage') && r.credentials.length === 0;
  if (aboutTopics && suggestions.every((s) => s.kind !== 'topic')) {
    const topics = index.catalog.topics.slice(0, 5).map((t) => suggestionFor('topic', t.id, index));
    suggestions = topics.filter((s): s is Suggestion => s !== null);
  }
  return { intent: 'unknown', suggestions: suggestions.length > 0 ? suggestions : startingPoints(index) };
}

function chooseQuery(r: Reading, index: CatalogIndex): Query {
  if (r.words.length === 0) return { intent: 'help' };
  const { cues, credentials } = r;
  const named = r.mentions.length > 0;
  if (!named && (cues.has('help') || (cues.has('greeting') && r.words.length <= 3))) return { intent: 'help' };

  const explicitCompare = r.texts.some((t) => EXPLICIT_COMPARE.has(t)) || cues.has('compare');
  if (credentials.length >= 2 && explicitCompare) return compareOrAsk(r, index);
  const asksEligibility = cues.has('eligibility') || (r.qualifications.length > 0 && !cues.has('deadlines'));
  // Only a qualification named ("I only have Security+"): an eligibility question when it says so.
  const heldOnly =
    r.qualifications.length > 0 && r.topics.length === 0 && cues.has('eligibility') && !cues.has('deadlines');
  if ((credentials.length >= 1 && asksEligibility) || (credentials.length === 0 && heldOnly)) {
    const q = eligibilityQuery(r, index);
    if (q) return q;
  }
  const holdsNothing = cues.has('holds-none') && r.qualifications.length === 0 && r.topics.length === 0;
  if (holdsNothing && credentials.length === 0 && !cues.has('deadlines')) return holdsNothingQuery(r, index);
  if (credentials.length === 1 && r.texts.some((t) => EXPLICIT_COMPARE.has(t))) {
    const only = credentials[0];
    if (only && only.ids.length > 1) return ask(only);
    return missingSecond(only, index);
  }
  const horizon = parseHorizon(r.texts);
  const still = credentials.length === 1 && cues.has('still');
  if ((cues.has('deadlines') || horizon !== null) && !still && r.topics.length === 0) return deadlinesQuery(r, horizon);
  if (r.topics.length > 0) {
    const asked = uniqueIds(credentials);
    const topic = r.topics[0]?.ids[0] ?? null;
    return { intent: 'coverage', topic, gapsOnly: false, ...(asked.length > 0 ? { credentials: asked } : {}) };
  }
  if (cues.has('gaps') && credentials.length === 0) return { intent: 'coverage', topic: null, gapsOnly: true };
  const listing = cues.has('browse') && (r.levels.length > 0 || r.tracks.length > 0);
  if (r.roles.length > 0 && !listing && credentials.length === 0) {
    return { intent: 'recommend', role: r.roles[0]?.ids[0] ?? null };
  }
  // Two names of one credential ("Azure AI Engineer AI-102") ask about it, not for a comparison.
  if (credentials.length >= 2 && uniqueIds(credentials).length >= 2) return compareOrAsk(r, index);
  const one = credentials[0];
  if (one) return one.ids.length > 1 ? ask(one) : { intent: 'lookup', credential: one.ids[0] ?? '' };
  if (r.roles.length > 0) return { intent: 'recommend', role: r.roles[0]?.ids[0] ?? null };
  const filtered = r.issuers.length + r.tracks.length + r.levels.length > 0;
  const listAll = cues.has('browse') && cues.has('cert-word');
  if (cues.has('recommend') && !filtered && !listAll && r.qualifications.length === 0) {
    return { intent: 'recommend', role: null };
  }
  const onlyOne = theIssuersOne(r, index);
  if (onlyOne) return { intent: 'lookup', credential: onlyOne };
  if (filtered || listAll) return browseQuery(r);
  if (cues.has('recommend') && r.qualifications.length === 0) return { intent: 'recommend', role: null };
  return unknownQuery(r, index);
}

export function parseQuestion(question: string, index: CatalogIndex): ParsedQuestion {
  const reading = readQuestion(question, index);
  return { query: chooseQuery(reading, index), interpretations: reading.interpretations };
}
