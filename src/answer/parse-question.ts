/**
 * Question text → typed Query. The question is read into entities (credentials, issuers, roles, topics,
 * fact fields, constraints, dates, cues); a routing table of scored routes decides the intent from them. Whenever the named credential is not certain (a shared acronym, a typo equally close to
 * several names) the query is a disambiguation: the engine asks rather than guesses.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { Dod8140Framework } from '../catalog/dod-8140/framework-schema.js';
import { type EventKind, levelSchema, trackSchema } from '../catalog/schema.js';
import { findWorkRoles } from './dod-8140/find-work-roles.js';
import { namesPerson } from './names-person.js';
import { parseHorizon } from './parse-horizon.js';
import { isFilter } from './read-constraints.js';
import { type Reading, readQuestion } from './read-question.js';
import { recommendQuery } from './recommend/recommend-query.js';
import type { Resolved } from './resolve-mentions.js';
import { markOf, splitEligibility } from './split-eligibility.js';
import { credentialsAccepting, startingPoints, suggestClosest, suggestionFor } from './suggest-closest.js';
import type { CompareAspect, Intent, Interpretation, Query, Suggestion } from './types.js';

export const DEFAULT_HORIZON_DAYS = 365;

/** Words that ask for a comparison even when only one credential is named ("compare aaism"). */
const EXPLICIT_COMPARE = new Set(['vs', 'compare', 'compared', 'comparing', 'comparison', 'difference']);

/** "Which is harder / cheaper / longer / better recognised": a comparison on one aspect. */
const ASPECTS: [CompareAspect, string[]][] = [
  ['harder', ['harder', 'tougher', 'easier', 'difficult', 'hardest', 'easiest', 'toughest']],
  ['cheaper', ['cheaper', 'pricier', 'expensive', 'cheapest']],
  ['longer', ['longer', 'shorter', 'longest', 'shortest']],
  ['recognised', ['recognised', 'recognized', 'respected', 'known', 'valued']],
];

function aspectOf(texts: readonly string[]): CompareAspect | null {
  return ASPECTS.find(([, words]) => words.some((w) => texts.includes(w)))?.[0] ?? null;
}

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

/**
 * A comparison keeps every credential named: a shared acronym the rest of the sentence does not settle
 * becomes all its candidates ("aaism vs caisp" compares AAISM with both CAISPs). A near tie between
 * typo readings still asks.
 */
function compareOrAsk(reading: Reading, index: CatalogIndex): Query {
  const credentials = reading.credentials.map((c) => theOtherOne(c, reading.credentials, reading, index));
  const unclear = credentials.find((c) => c.ids.length > 1 && c.reason !== 'acronym-collision');
  if (unclear) return ask(unclear);
  const shared = credentials.filter((c) => c.ids.length > 1);
  const ids = [...new Set(credentials.flatMap((c) => c.ids))];
  if (ids.length < 2) return shared[0] ? ask(shared[0]) : missingSecond(credentials[0], index);
  for (const c of shared) {
    reading.interpretations.push({
      typed: c.mention.typed,
      readAs: `each of ${c.ids.map((id) => index.credentialLabel(id)).join(' and ')}, side by side`,
    });
  }
  return { intent: 'compare', credentials: ids, aspect: aspectOf(reading.texts) };
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
    // "can I take AAISM and AAIA with CISA": AAIA is asked about too, never held; one target per answer.
    for (const other of split.alsoAsked) {
      const id = other.ids[0];
      if (other.ids.length !== 1 || id === undefined) continue;
      const label = index.credentialLabel(id);
      r.interpretations.push({
        typed: other.mention.typed,
        readAs: `${label}, asked about too, not held: ask "can I take ${label}" on its own for it`,
      });
    }
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
  return recommendQuery(r, index, role);
}

/** Kinds of dated change by the words people use for them. */
const CHANGE_KINDS: [EventKind[], string[]][] = [
  [
    ['last-exam', 'retired'],
    ['retire', 'retires', 'retired', 'retiring', 'retirement', 'retirements', 'sunset', 'discontinued', 'last'],
  ],
  [['launched'], ['launch', 'launches', 'launched', 'launching', 'released', 'new']],
  [['beta-starts', 'beta-ends'], ['beta']],
  [['outline-change'], ['outline', 'outlines', 'objectives']],
  [['price-change'], ['price', 'prices', 'pricing']],
  [['version-change'], ['version', 'versions']],
];

/** The kinds of change a question names, or undefined for every kind. */
function changeKinds(texts: readonly string[]): EventKind[] | undefined {
  const kinds = CHANGE_KINDS.filter(([, words]) => words.some((w) => texts.includes(w))).flatMap(([k]) => k);
  return kinds.length > 0 ? kinds : undefined;
}

const PAST = ['retired', 'launched', 'released', 'changed', 'ended', 'discontinued'];
const FUTURE = ['upcoming', 'coming', 'soon', 'next', 'will', 'retiring', 'planned', 'being', 'getting', 'going'];

/** "in 2025", "during 2026": the calendar year a dated question names. */
function yearOf(texts: readonly string[]): number | undefined {
  const y = texts.find((t) => /^20\d\d$/.test(t));
  return y === undefined ? undefined : Number(y);
}

const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const BEFORE = new Set(['before', 'till', 'til']);
const THROUGH = new Set(['by', 'until', 'through', 'thru', 'end', 'of']);

/** "before June" (the range ends as June starts), "by / until / through June" (it ends with June). */
function untilMonthOf(texts: readonly string[]): { month: number; through: boolean } | undefined {
  for (let i = 1; i < texts.length; i++) {
    const month = MONTHS.findIndex((names) => names.includes(texts[i] ?? ''));
    if (month < 0) continue;
    const lead = texts[i - 1] ?? '';
    if (BEFORE.has(lead)) return { month: month + 1, through: false };
    if (THROUGH.has(lead)) return { month: month + 1, through: true };
  }
  return undefined;
}

function deadlinesQuery(r: Reading, horizon: number | null): Query {
  const unclear = r.credentials.find((c) => c.ids.length > 1);
  if (unclear) return ask(unclear);
  // Named credentials get every dated change of theirs; a catalog-wide question keeps to the kinds it names.
  const kinds = r.credentials.length > 0 ? undefined : changeKinds(r.texts);
  return {
    intent: 'deadlines',
    credentials: uniqueIds(r.credentials),
    issuer: r.issuers[0]?.ids[0] ?? null,
    horizonDays: horizon ?? DEFAULT_HORIZON_DAYS,
    kinds,
    year: yearOf(r.texts),
    past: PAST.some((w) => r.texts.includes(w)) && !FUTURE.some((w) => r.texts.includes(w)),
    untilMonth: untilMonthOf(r.texts),
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

/**
 * A credential people name that is not a catalog entry but is in qualifications.yaml: say so, and offer
 * the related entries the catalog does hold (those it opens, then its issuer's).
 */
function notInCatalogQuery(r: Reading, index: CatalogIndex): Query | null {
  const found = r.qualifications
    .map((q) => (q.ids[0] === undefined ? undefined : index.qualification(q.ids[0])))
    .filter((q): q is NonNullable<typeof q> => q !== undefined);
  if (found.length === 0) return null;
  const related = found.flatMap((q) => {
    const issuer = index.catalog.issuers.find(
      (i) => i.name.toLowerCase() === q.issuer.toLowerCase() || i.id === q.issuer.toLowerCase(),
    );
    const sameIssuer = issuer ? index.catalog.credentials.filter((c) => c.issuer === issuer.id).map((c) => c.id) : [];
    return [...credentialsAccepting(q.id, index), ...sameIssuer];
  });
  const near = suggestClosest(r.words, r.mentions, index).filter((s) => s.kind === 'credential');
  const suggestions = [
    ...[...new Set(related)]
      .map((id) => suggestionFor('credential', id, index))
      .filter((s): s is Suggestion => s !== null),
    ...near.filter((s) => !related.includes(s.id)),
  ].slice(0, 5);
  return {
    intent: 'unknown',
    notInCatalog: found.map((q) => ({ id: q.id, name: q.acronym ?? q.name, issuer: q.issuer })),
    suggestions: suggestions.length > 0 ? suggestions : startingPoints(index),
  };
}

function unknownQuery(r: Reading, index: CatalogIndex): Query {
  const named = notInCatalogQuery(r, index);
  if (named) return named;
  let suggestions: Suggestion[] = suggestClosest(r.words, r.mentions, index);
  const aboutTopics = r.cues.has('coverage') && r.credentials.length === 0;
  if (aboutTopics && suggestions.every((s) => s.kind !== 'topic')) {
    const topics = index.catalog.topics.slice(0, 5).map((t) => suggestionFor('topic', t.id, index));
    suggestions = topics.filter((s): s is Suggestion => s !== null);
  }
  return { intent: 'unknown', suggestions: suggestions.length > 0 ? suggestions : startingPoints(index) };
}

/** Words that ask for advice rather than a filtered list. */
const ADVICE = new Set(['should', 'recommend', 'recommended', 'suggest', 'best', 'worth', 'advice', 'next', 'path']);
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

/** Words that keep a question about what to take on certdesk's ground when it names no catalog entity. */
const DOMAIN_WORDS = new Set(
  `security cybersecurity cyber infosec secops appsec ai ml llm llms genai governance audit privacy risk cloud
  take sit study studying next first start upskill career path roadmap training course pass exam certified`.split(
    /\s+/,
  ),
);

/**
 * "what is the best laptop": advice asked about nothing certdesk knows. A recommendation needs a catalog
 * entity (credential, issuer, role, topic, track, level, outside qualification), a cert word, or a word of
 * the field or of taking an exam ("what should I take first"); otherwise the question is not ours.
 */
function aboutCatalog(r: Reading): boolean {
  const entities =
    r.credentials.length +
    r.qualifications.length +
    r.roles.length +
    r.topics.length +
    r.issuers.length +
    r.tracks.length +
    r.levels.length;
  return (
    entities > 0 || r.cues.has('cert-word') || r.cues.has('holds-none') || r.texts.some((t) => DOMAIN_WORDS.has(t))
  );
}

/** What every route may look at: the reading plus a few things derived from it once. */
interface Ctx {
  r: Reading;
  index: CatalogIndex;
  explicitCompare: boolean;
  horizon: number | null;
}

/** Words that make a question about DoD 8140 / DCWF work roles. */
const DOD_QUESTION = /\b(dod|d\.o\.d|8140|8570|dcwf|work\s*roles?|qualification matrix|cyber workforce)\b/i;
/** "I hold CySA+ and CISSP …", "my CySA+": the named credentials are held. */
const HOLDS = /\b(i|we)\s*(?:'ve|ve|have|hold|got|earned|passed|already have)\b|\bmy\b|\bwith (?:my|our)\b/i;

/**
 * A DCWF work role named by its whole title of three words or more ("cyber defense analyst"), or any
 * title with "qualify" ("which certs qualify for security architect"): a DoD question without the word.
 */
function namesWorkRole(question: string, framework: Dod8140Framework): boolean {
  const roles = framework.versions.at(-1)?.workRoles ?? [];
  const titles = findWorkRoles(question, roles, {}, { wholeTitlesOnly: true }).matches.filter((m) => m.how === 'title');
  return titles.some((m) => m.text.split(/\s+/).length >= 3) || (titles.length > 0 && /\bqualif/i.test(question));
}

/**
 * DoD 8140 questions (the `qualify` intent): what a credential is listed for, what a work role lists,
 * what a holding covers. A listing with other conditions ("DoD 8140 certs under $500") stays `find`,
 * which filters on the same matrix.
 */
function qualifyQuery({ r, index }: Ctx): Query | null {
  const framework = index.catalog.dod8140;
  if (!framework || !(DOD_QUESTION.test(r.question) || namesWorkRole(r.question, framework))) return null;
  const others = r.constraints.conditions.filter((c) => c.field !== 'recognition' && c.field !== 'ai-focus');
  if (r.credentials.length === 0 && (others.length > 0 || r.constraints.sort !== null || r.constraints.count))
    return null;
  // "what should a DoD contractor take": advice for a role, not a matrix lookup.
  if (r.roles.length > 0 && r.credentials.length === 0 && r.texts.some((t) => ADVICE.has(t))) return null;
  const unclear = r.credentials.find((c) => c.ids.length > 1);
  if (unclear) return ask(unclear);
  return { intent: 'qualify', credentials: uniqueIds(r.credentials), held: HOLDS.test(r.question) };
}

/**
 * "how much is aaism", "is aip-c01 online proctored", "aaism pass rate": named credential(s) and a fact
 * field asked about. Prerequisites alone stay with eligibility; what someone holds makes it eligibility.
 */
function factQuery({ r, index }: Ctx): Query | null {
  const { fields, notHeld } = r.facts;
  const asked = fields.filter((f) => f !== 'prerequisites');
  if (r.credentials.length === 0 || (asked.length === 0 && notHeld.length === 0) || r.topics.length > 0) return null;
  if (r.qualifications.length > 0) return null;
  // "when is the new CCSP outline": a dated change, unless the date itself is the field asked.
  const dated = fields.includes('dates') || fields.includes('validity');
  if (r.texts.includes('when') && r.cues.has('deadlines') && !dated) return null;
  if (r.cues.has('eligibility') && splitEligibility(r.texts, r.credentials, r.qualifications, index).held.length > 0) {
    return null;
  }
  const unclear = r.credentials.find((c) => c.ids.length > 1);
  if (unclear) return ask(unclear);
  return { intent: 'fact', credentials: uniqueIds(r.credentials), fields, notHeld };
}

/** Conditions beyond a plain listing, or "what AI security certs are there": a filter over the catalog. */
function findQuery({ r }: Ctx): Query | null {
  const c = r.constraints;
  if (r.credentials.length > 0 || r.roles.length > 0 || r.qualifications.length > 0) return null;
  if (asksAdvice(r) || r.cues.has('holds-none')) return null;
  const datedOnly = c.conditions.every((x) => x.field === 'launched' || x.field === 'ai-focus' || x.field === 'status');
  const filter = isFilter(c) && !(datedOnly && c.sort === null && !c.count && r.cues.has('deadlines'));
  const aiListing =
    c.conditions.some((x) => x.field === 'ai-focus') &&
    r.cues.has('cert-word') &&
    !r.cues.has('deadlines') &&
    r.topics.length === 0 &&
    !r.cues.has('gaps');
  if (!filter && !aiListing) return null;
  if (r.topics.length > 0 && !filter) return null;
  return {
    intent: 'find',
    filter: {
      issuer: r.issuers[0]?.ids[0] ?? null,
      track: trackSchema.options.find((t) => t === r.tracks[0]?.ids[0]) ?? null,
      level: levelSchema.options.find((l) => l === r.levels[0]?.ids[0]) ?? null,
      topic: r.topics[0]?.ids[0] ?? null,
      conditions: c.conditions,
      sort: c.sort,
      count: c.count,
      single: c.single,
    },
  };
}

/**
 * "hands-on certs I can take with Security+": conditions combined with what the asker holds: a find
 * whose list keeps what the holding opens (or what needs nothing), not a plain "what can I take".
 */
function findWithHeldQuery({ r, index }: Ctx): Query | null {
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

/** "aws vs isaca": two issuers set against each other compare their AI-security credentials. */
function issuerCompareQuery({ r, index, explicitCompare }: Ctx): Query | null {
  if (!explicitCompare || r.credentials.length > 0 || r.issuers.length < 2) return null;
  const issuers = [...new Set(r.issuers.map((i) => i.ids[0]).filter((id): id is string => id !== undefined))];
  if (issuers.length < 2) return null;
  const ids = issuers.flatMap((issuer) =>
    index.catalog.credentials.filter((c) => c.issuer === issuer && c.ai_focus !== 'none').map((c) => c.id),
  );
  return ids.length >= 2 ? { intent: 'compare', credentials: ids } : null;
}

function eligibilityRoute({ r, index }: Ctx): Query | null {
  const { cues, credentials } = r;
  const asksEligibility = cues.has('eligibility') || (r.qualifications.length > 0 && !cues.has('deadlines'));
  // Only a qualification named ("I only have Security+"): an eligibility question when it says so.
  const heldOnly =
    r.qualifications.length > 0 && r.topics.length === 0 && cues.has('eligibility') && !cues.has('deadlines');
  if ((credentials.length >= 1 && asksEligibility) || (credentials.length === 0 && heldOnly)) {
    return eligibilityQuery(r, index);
  }
  return null;
}

/**
 * Two or more different credentials named (or a shared acronym among them). Two names of one credential
 * ("Azure AI Engineer AI-102", "SCS-C02 vs SCS-C03" since SCS-C02 is an exam of SCS-C03's entry) ask
 * about that one credential, not for a comparison.
 */
function namesTwo(r: Reading): boolean {
  return (
    r.credentials.length >= 2 && (uniqueIds(r.credentials).length >= 2 || r.credentials.some((c) => c.ids.length > 1))
  );
}

/**
 * "casp+ vs securityx": two names of one credential set against each other. Nothing to compare: the
 * answer is that credential, with a note that the names are the same credential.
 */
function sameCredentialQuery({ r, index, explicitCompare }: Ctx): Query | null {
  if (!explicitCompare || r.credentials.length < 2 || r.credentials.some((c) => c.ids.length !== 1)) return null;
  const ids = uniqueIds(r.credentials);
  const id = ids[0];
  if (ids.length !== 1 || id === undefined) return null;
  const label = index.credentialLabel(id);
  for (const c of r.credentials) {
    const typed = c.mention.typed;
    const form = c.entry?.form;
    if ((form !== 'alias' && form !== 'name') || r.interpretations.some((i) => i.typed === typed)) continue;
    r.interpretations.push({
      typed,
      readAs: `${label}: the same credential (${c.entry?.written ?? typed} is another or former name of it), so there is nothing to compare`,
    });
  }
  return { intent: 'lookup', credential: id };
}

/**
 * "I'm a data scientist, what cert for prompt injection?": a person's role, a topic and what to take is a
 * recommendation for that role that weighs the topic, not a coverage list. A credential named is fine only
 * when it is held ("CISSP holder, data scientist, what cert for prompt injection").
 */
function roleTopicQuery({ r, index }: Ctx): Query | null {
  const role = r.roles[0];
  if (!role || r.topics.length === 0 || !r.cues.has('recommend') || !namesPerson(r.texts, role.mention)) return null;
  if (r.credentials.some((c) => c.ids.length !== 1 || markOf(r.texts, c) !== 'held')) return null;
  return recommendQuery(r, index, role.ids[0] ?? null);
}

interface Route {
  /** The intent this route answers with (disambiguate when the name is not certain). */
  intent: Intent;
  /** Higher scores are tried first; the first route that applies wins. */
  score: number;
  build: (ctx: Ctx) => Query | null;
}

/**
 * The routing table: which kind of answer a question gets, from the entities read out of it. README's
 * "What it understands" lists every intent with an example; keep them together.
 */
const ROUTES: readonly Route[] = (
  [
    {
      intent: 'help',
      score: 100,
      build: ({ r }) => (r.words.length === 0 && !r.smallTalk ? { intent: 'help' } : null),
    },
    {
      intent: 'help',
      score: 98,
      build: ({ r }) => (r.smallTalk && r.mentions.length === 0 ? { intent: 'help', brief: true } : null),
    },
    {
      intent: 'help',
      score: 95,
      build: ({ r }) =>
        r.mentions.length === 0 && (r.cues.has('help') || (r.cues.has('greeting') && r.words.length <= 3))
          ? { intent: 'help' }
          : null,
    },
    {
      intent: 'compare',
      score: 90,
      build: (c) => (namesTwo(c.r) && c.explicitCompare ? compareOrAsk(c.r, c.index) : null),
    },
    { intent: 'compare', score: 88, build: issuerCompareQuery },
    { intent: 'lookup', score: 89, build: sameCredentialQuery },
    { intent: 'qualify', score: 92, build: qualifyQuery },
    {
      // "I'm a SOC analyst who holds Security+, what next?": a role and advice, whatever else is named.
      intent: 'recommend',
      score: 87,
      build: ({ r, index }) =>
        r.roles.length > 0 && r.texts.some((t) => ADVICE.has(t)) && r.credentials.every((c) => c.ids.length === 1)
          ? recommendQuery(r, index, r.roles[0]?.ids[0] ?? null)
          : null,
    },
    { intent: 'find', score: 86, build: findWithHeldQuery },
    { intent: 'fact', score: 85, build: factQuery },
    { intent: 'eligibility', score: 80, build: eligibilityRoute },
    {
      intent: 'recommend',
      score: 75,
      build: ({ r, index }) =>
        r.cues.has('holds-none') &&
        r.qualifications.length === 0 &&
        r.topics.length === 0 &&
        r.credentials.length === 0 &&
        !r.cues.has('deadlines')
          ? holdsNothingQuery(r, index)
          : null,
    },
    {
      intent: 'disambiguate',
      score: 70,
      build: ({ r, index }) => {
        const only = r.credentials[0];
        if (r.credentials.length !== 1 || !r.texts.some((t) => EXPLICIT_COMPARE.has(t))) return null;
        return only && only.ids.length > 1 ? ask(only) : missingSecond(only, index);
      },
    },
    { intent: 'find', score: 66, build: findQuery },
    {
      intent: 'deadlines',
      score: 65,
      build: ({ r, horizon }) => {
        const still = r.credentials.length === 1 && r.cues.has('still');
        const dated = r.cues.has('deadlines') || horizon !== null || untilMonthOf(r.texts) !== undefined;
        return dated && !still && r.topics.length === 0 ? deadlinesQuery(r, horizon) : null;
      },
    },
    { intent: 'recommend', score: 62, build: roleTopicQuery },
    {
      intent: 'coverage',
      score: 60,
      build: ({ r }) => {
        if (r.topics.length === 0) return null;
        const asked = uniqueIds(r.credentials);
        const topic = r.topics[0]?.ids[0] ?? null;
        return { intent: 'coverage', topic, gapsOnly: false, ...(asked.length > 0 ? { credentials: asked } : {}) };
      },
    },
    {
      intent: 'coverage',
      score: 58,
      build: ({ r }) =>
        r.cues.has('gaps') && r.credentials.length === 0 ? { intent: 'coverage', topic: null, gapsOnly: true } : null,
    },
    {
      intent: 'recommend',
      score: 55,
      build: ({ r, index }) => {
        const listing = r.cues.has('browse') && (r.levels.length > 0 || r.tracks.length > 0);
        return r.roles.length > 0 && !listing && r.credentials.length === 0
          ? recommendQuery(r, index, r.roles[0]?.ids[0] ?? null)
          : null;
      },
    },
    { intent: 'compare', score: 50, build: (c) => (namesTwo(c.r) ? compareOrAsk(c.r, c.index) : null) },
    {
      intent: 'lookup',
      score: 45,
      build: ({ r }) => {
        const one = r.credentials[0];
        if (!one) return null;
        return one.ids.length > 1 ? ask(one) : { intent: 'lookup', credential: one.ids[0] ?? '' };
      },
    },
    {
      intent: 'recommend',
      score: 44,
      build: ({ r, index }) => (r.roles.length > 0 ? recommendQuery(r, index, r.roles[0]?.ids[0] ?? null) : null),
    },
    {
      intent: 'recommend',
      score: 40,
      build: ({ r, index }) => {
        const filtered = r.issuers.length + r.tracks.length + r.levels.length > 0;
        const listAll = r.cues.has('browse') && r.cues.has('cert-word');
        return r.cues.has('recommend') && !filtered && !listAll && r.qualifications.length === 0 && aboutCatalog(r)
          ? recommendQuery(r, index, null)
          : null;
      },
    },
    {
      intent: 'lookup',
      score: 35,
      build: ({ r, index }) => {
        const onlyOne = theIssuersOne(r, index);
        return onlyOne ? { intent: 'lookup', credential: onlyOne } : null;
      },
    },
    {
      intent: 'browse',
      score: 30,
      build: ({ r }) => {
        const filtered = r.issuers.length + r.tracks.length + r.levels.length > 0;
        return filtered || (r.cues.has('browse') && r.cues.has('cert-word')) ? browseQuery(r) : null;
      },
    },
    {
      intent: 'recommend',
      score: 25,
      build: ({ r, index }) =>
        r.cues.has('recommend') && r.qualifications.length === 0 && aboutCatalog(r)
          ? recommendQuery(r, index, null)
          : null,
    },
  ] satisfies Route[]
).sort((a, b) => b.score - a.score);

/** Every intent the routing table can answer with, for README and tests. */
export const ROUTED_INTENTS: readonly Intent[] = [...new Set([...ROUTES.map((r) => r.intent), 'unknown' as const])];

function chooseQuery(r: Reading, index: CatalogIndex): Query {
  const ctx: Ctx = {
    r,
    index,
    explicitCompare:
      r.texts.some((t) => EXPLICIT_COMPARE.has(t)) ||
      r.cues.has('compare') ||
      (r.credentials.length >= 2 && aspectOf(r.texts) !== null),
    horizon: parseHorizon(r.texts),
  };
  for (const route of ROUTES) {
    const q = route.build(ctx);
    if (q) return q;
  }
  return unknownQuery(r, index);
}

export function parseQuestion(question: string, index: CatalogIndex): ParsedQuestion {
  const reading = readQuestion(question, index);
  return { query: chooseQuery(reading, index), interpretations: reading.interpretations };
}
