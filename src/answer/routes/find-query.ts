/** Lists over the catalog: a plain listing (browse) or conditions, sorts and counts (find). */
import { levelSchema, trackSchema } from '../../catalog/schema.js';
import { isFilter } from '../read-constraints.js';
import type { Reading } from '../read-question.js';
import { markOf, splitEligibility } from '../split-eligibility.js';
import type { FindFilter, Query } from '../types.js';
import { ADVICE, personRoles, type RouteContext, uniqueIds } from './route-context.js';

/** Words of "list everything", "show me the whole catalog", "what do you have": nothing but a listing. */
const LIST_ALL_WORDS = new Set(
  `list show me all everything the whole entire catalog catalogue it pls please what whats in your do you have of`.split(
    ' ',
  ),
);
const EVERYTHING = new Set(['all', 'everything', 'catalog', 'catalogue', 'have']);

/** "list everything", "what's in the catalog": the whole catalog asked for with no cert word. */
export function listsWholeCatalog(r: Reading): boolean {
  return r.cues.has('browse') && r.texts.every((t) => LIST_ALL_WORDS.has(t)) && r.texts.some((t) => EVERYTHING.has(t));
}

/** The sort that shows a fact across a listing: "GIAC exam cost" lists GIAC's prices, cheapest first. */
const FACT_SORTS: Partial<Record<string, FindFilter['sort']>> = { cost: 'cheapest', minutes: 'shortest' };

/**
 * "GIAC exam cost", "how long are ISACA exams": a fact asked of a whole listing (issuer, track or level,
 * no credential named) is that listing sorted by the fact, each line showing its value.
 */
export function listingFactQuery({ r }: RouteContext): Query | null {
  if (r.credentials.length > 0 || r.roles.length > 0 || r.issuers.length + r.tracks.length + r.levels.length === 0) {
    return null;
  }
  const sort = r.constraints.sort ?? r.facts.fields.map((f) => FACT_SORTS[f]).find((s) => s !== undefined);
  if (!sort || r.facts.fields.length !== 1) return null;
  return { intent: 'find', filter: { ...findFilter(r, r.constraints.conditions), sort } };
}

export function browseQuery(r: Reading): Query {
  return {
    intent: 'browse',
    issuer: r.issuers[0]?.ids[0] ?? null,
    track: trackSchema.options.find((t) => t === r.tracks[0]?.ids[0]) ?? null,
    level: levelSchema.options.find((l) => l === r.levels[0]?.ids[0]) ?? null,
  };
}

/** A find's filter: the listing filters named in the question, the given conditions, its sort and count. */
function findFilter(r: Reading, conditions: FindFilter['conditions']): FindFilter {
  const c = r.constraints;
  return {
    issuer: r.issuers[0]?.ids[0] ?? null,
    track: trackSchema.options.find((t) => t === r.tracks[0]?.ids[0]) ?? null,
    level: levelSchema.options.find((l) => l === r.levels[0]?.ids[0]) ?? null,
    topic: r.topics[0]?.ids[0] ?? null,
    conditions,
    sort: c.sort,
    count: c.count,
    single: c.single,
  };
}

/** Phrases that say who is asking ("I'm a SOC analyst"): advice for a person, not a list. */
const ASKER = [
  ' im a ',
  ' im an ',
  ' i am a ',
  ' i am an ',
  ' as a ',
  ' as an ',
  ' for me ',
  ' my team ',
  ' our team ',
];

function asksAdvice(r: Reading): boolean {
  const text = ` ${r.texts.join(' ')} `;
  return r.texts.some((t) => ADVICE.has(t)) || ASKER.some((p) => text.includes(p));
}

/** Conditions beyond a plain listing, or "what AI security certs are there": a filter over the catalog. */
export function findQuery({ r }: RouteContext): Query | null {
  const c = r.constraints;
  if (r.credentials.length > 0 || personRoles(r).length > 0 || r.qualifications.length > 0) return null;
  if (asksAdvice(r) || r.cues.has('holds-none')) return null;
  const datedOnly = c.conditions.every((x) => x.field === 'launched' || x.field === 'ai-focus' || x.field === 'status');
  // "retired AI certs", "AI certs launched in 2025": a status or launch year with AI focus is a listing with
  // two conditions (deadlines would list every credential's changes); without AI focus it stays deadlines.
  const aiDated =
    c.conditions.some((x) => x.field === 'ai-focus') &&
    c.conditions.some((x) => (x.field === 'status' && x.op !== 'active') || x.field === 'launched');
  // "announced certs", "which certs are not out yet": a status only a listing can answer, unless dated words ask.
  const announced =
    c.conditions.some((x) => x.field === 'status' && x.op === 'announced') &&
    r.cues.has('cert-word') &&
    !r.cues.has('deadlines');
  const filter =
    (isFilter(c) || aiDated || announced) &&
    !(datedOnly && !aiDated && c.sort === null && !c.count && r.cues.has('deadlines'));
  const aiListing =
    c.conditions.some((x) => x.field === 'ai-focus') &&
    r.cues.has('cert-word') &&
    !r.cues.has('deadlines') &&
    r.topics.length === 0 &&
    !r.cues.has('gaps');
  if (!filter && !aiListing) return null;
  if (r.topics.length > 0 && !filter) return null;
  return { intent: 'find', filter: findFilter(r, c.conditions) };
}

/**
 * "hands-on certs I can take with Security+": conditions combined with what the asker holds: a find
 * whose list keeps what the holding opens (or what needs nothing), not a plain "what can I take".
 */
export function findWithHeldQuery({ r, index }: RouteContext): Query | null {
  if (r.credentials.length === 0 || !r.cues.has('eligibility') || !isFilter(r.constraints)) return null;
  if (r.credentials.some((c) => c.ids.length !== 1) || r.roles.length > 0) return null;
  const split = splitEligibility(r.texts, r.credentials, r.qualifications, index);
  if (split.target !== null || split.held.length === 0) return null;
  const labels = split.held.map((h) =>
    h.kind === 'credential' ? index.credentialLabel(h.id) : (index.qualification(h.id)?.acronym ?? h.id),
  );
  const found = findQuery({
    r: { ...r, credentials: [], qualifications: [] },
    index,
    explicitCompare: false,
    horizon: null,
  });
  if (found?.intent !== 'find') return null;
  const sittable = { field: 'sittable' as const, op: 'with' as const, held: split.held, labels };
  return { intent: 'find', filter: { ...found.filter, conditions: [...found.filter.conditions, sittable] } };
}

/** Plural cert words: "which certs need CISM" asks for a list. */
const PLURAL_CERTS = new Set(['certs', 'certifications', 'credentials', 'exams', 'certificates']);

/**
 * "Which AI certs need CISM?", "certs that require CISSP or CISM": a listing of the credentials whose
 * published prerequisites name what was asked about, with any other conditions said.
 */
export function findNeedsQuery({ r, index }: RouteContext): Query | null {
  if (r.credentials.length === 0 || r.credentials.some((c) => c.ids.length !== 1) || personRoles(r).length > 0) {
    return null;
  }
  const listing = r.texts.some((t) => PLURAL_CERTS.has(t)) || (r.cues.has('cert-word') && r.texts[0] === 'which');
  if (!listing || !r.credentials.every((c) => markOf(r.texts, c) === 'asked')) return null;
  const ids = uniqueIds(r.credentials);
  const label = ids.map((id) => index.credentialLabel(id)).join(' or ');
  const needs = { field: 'needs' as const, op: 'any-of' as const, credentials: ids, label };
  return { intent: 'find', filter: findFilter(r, [...r.constraints.conditions, needs]) };
}
