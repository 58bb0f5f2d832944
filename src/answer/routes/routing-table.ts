/**
 * The routing table: which kind of answer a question gets, from the entities read out of it. Each route
 * has a score; the highest-scoring route that applies wins, and what none answers is `unknown`.
 */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import { parseHorizon } from '../parse-horizon.js';
import { readCues } from '../read-cues.js';
import type { Reading } from '../read-question.js';
import { recommendQuery } from '../recommend/recommend-query.js';
import { marksOf } from '../split-eligibility.js';
import type { Intent, Query } from '../types.js';
import { aboutCatalog, holdsNothingQuery, nextAfterQuery, roleAdviceQuery, roleTopicQuery } from './advice-query.js';
import {
  asksWhichOf,
  compareOrAsk,
  EXPLICIT_COMPARE,
  issuerCompareQuery,
  missingSecond,
  namesTwo,
  sameCredentialQuery,
} from './compare-query.js';
import { topicCoverageQuery, unlistedTopicQuery } from './coverage-query.js';
import { deadlinesQuery, untilMonthOf } from './deadlines-query.js';
import { eligibilityRoute } from './eligibility-query.js';
import { factQuery } from './fact-query.js';
import {
  browseQuery,
  findNeedsQuery,
  findQuery,
  findWithHeldQuery,
  listingFactQuery,
  listsWholeCatalog,
} from './find-query.js';
import { qualifyQuery } from './qualify-query.js';
import { askWhich, personRoles, type RouteContext } from './route-context.js';
import { notInCatalogQuery, unknownQuery } from './unknown-query.js';

/** Every credential named is held ("I have CISSP and CISM"). */
function holdsEvery(r: Reading): boolean {
  return marksOf(r.texts, r.credentials).every((m) => m === 'held');
}

/** "the pecb one" (answering "which CAISP?"): the issuer's credential, when it has just one. */
function theIssuersOne(r: Reading, index: CatalogIndex): string | undefined {
  const issuer = r.issuers[0]?.ids[0];
  if (r.issuers.length !== 1 || r.tracks.length + r.levels.length > 0 || !r.texts.includes('one')) return undefined;
  const theirs = index.catalog.credentials.filter((c) => c.issuer === issuer);
  return theirs.length === 1 ? theirs[0]?.id : undefined;
}

/**
 * A word of dated change outside a role's name: "changing careers to cyber, what cert first" names the
 * career-changer role, not a change to the catalog.
 */
function datedCue(r: Reading): boolean {
  if (!r.cues.has('deadlines')) return false;
  if (r.roles.length === 0 || r.credentials.length > 0) return true;
  const inRole = (i: number) => r.roles.some((role) => i >= role.mention.start && i < role.mention.end);
  return readCues(r.texts.filter((_, i) => !inRole(i))).has('deadlines');
}

interface Route {
  /** The intent this route answers with (disambiguate when the name is not certain). */
  intent: Intent;
  /** Higher scores are tried first; the first route that applies wins. */
  score: number;
  build: (ctx: RouteContext) => Query | null;
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
    { intent: 'recommend', score: 87, build: roleAdviceQuery },
    { intent: 'find', score: 86, build: findWithHeldQuery },
    { intent: 'find', score: 84, build: findNeedsQuery },
    { intent: 'fact', score: 85, build: factQuery },
    { intent: 'recommend', score: 83, build: nextAfterQuery },
    {
      // "compare CIA and AAIA": one side is not in the catalog; say so, with the named entry first.
      intent: 'unknown',
      score: 81,
      build: ({ r, index, explicitCompare }) =>
        explicitCompare && r.qualifications.length > 0 && !r.cues.has('eligibility')
          ? notInCatalogQuery(r, index)
          : null,
    },
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
        // "the two CAISP certs compared": a shared acronym set against itself compares everyone carrying it.
        if (only && only.ids.length > 1 && only.reason === 'acronym-collision') {
          return { intent: 'compare', credentials: only.ids, aspect: null };
        }
        return only && only.ids.length > 1 ? askWhich(only) : missingSecond(only, index);
      },
    },
    { intent: 'find', score: 66, build: findQuery },
    {
      intent: 'deadlines',
      score: 65,
      build: ({ r, horizon }) => {
        const still = r.credentials.length === 1 && r.cues.has('still');
        // "which CySA+ version is current": a named credential's versions are its dated changes.
        const versions = r.credentials.length > 0 && r.texts.some((t) => t === 'version' || t === 'versions');
        const dated = datedCue(r) || versions || horizon !== null || untilMonthOf(r.texts) !== undefined;
        return dated && !still && r.topics.length === 0 ? deadlinesQuery(r, horizon) : null;
      },
    },
    { intent: 'recommend', score: 62, build: roleTopicQuery },
    { intent: 'coverage', score: 60, build: topicCoverageQuery },
    { intent: 'coverage', score: 59, build: unlistedTopicQuery },
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
        const role = personRoles(r)[0];
        return role && !listing && r.credentials.length === 0 ? recommendQuery(r, index, role.ids[0] ?? null) : null;
      },
    },
    {
      // "New to AI security, have CISSP and CISM, where do I start": a role and only what is held.
      intent: 'recommend',
      score: 51,
      build: ({ r, index }) =>
        r.roles.length > 0 && r.credentials.length > 0 && holdsEvery(r)
          ? recommendQuery(r, index, r.roles[0]?.ids[0] ?? null)
          : null,
    },
    {
      // Two names set side by side with no compare word; "I have CISSP and CISM, …" holds both, compares nothing.
      intent: 'compare',
      score: 50,
      build: (c) => (namesTwo(c.r) && !holdsEvery(c.r) ? compareOrAsk(c.r, c.index) : null),
    },
    {
      intent: 'lookup',
      score: 45,
      build: ({ r }) => {
        const one = r.credentials[0];
        if (!one) return null;
        return one.ids.length > 1 ? askWhich(one) : { intent: 'lookup', credential: one.ids[0] ?? '' };
      },
    },
    {
      intent: 'recommend',
      score: 44,
      build: ({ r, index }) => {
        const role = personRoles(r)[0];
        return role ? recommendQuery(r, index, role.ids[0] ?? null) : null;
      },
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
    { intent: 'find', score: 31, build: listingFactQuery },
    {
      intent: 'browse',
      score: 30,
      build: ({ r }) => {
        const filtered = r.issuers.length + r.tracks.length + r.levels.length > 0;
        const listing = r.cues.has('browse') && (r.cues.has('cert-word') || listsWholeCatalog(r));
        return filtered || listing ? browseQuery(r) : null;
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

export function chooseQuery(r: Reading, index: CatalogIndex): Query {
  const ctx: RouteContext = {
    r,
    index,
    explicitCompare:
      r.texts.some((t) => EXPLICIT_COMPARE.has(t)) ||
      r.cues.has('compare') ||
      (r.credentials.length >= 2 && asksWhichOf(r.texts, r.facts)),
    horizon: parseHorizon(r.texts),
  };
  for (const route of ROUTES) {
    const q = route.build(ctx);
    if (q) return q;
  }
  return unknownQuery(r, index);
}
