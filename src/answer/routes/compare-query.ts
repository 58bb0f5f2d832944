/** Comparisons: two or more credentials, or two issuers, set against each other. */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import type { FactField, FactFieldReading, NotHeldField } from '../read-fact-fields.js';
import type { Reading } from '../read-question.js';
import type { Resolved } from '../resolve-mentions.js';
import type { CompareAspect, Query } from '../types.js';
import { askWhich, type RouteContext, uniqueIds } from './route-context.js';

/** Words that ask for a comparison even when only one credential is named ("compare aaism"). */
export const EXPLICIT_COMPARE = new Set(['vs', 'compare', 'compared', 'comparing', 'comparison', 'difference']);

/** "Which is harder / cheaper / longer / better recognised": a comparison on one aspect. */
const ASPECTS: [CompareAspect, string[]][] = [
  ['harder', ['harder', 'tougher', 'easier', 'difficult', 'hardest', 'easiest', 'toughest']],
  ['cheaper', ['cheaper', 'pricier', 'expensive', 'cheapest']],
  ['longer', ['longer', 'shorter', 'longest', 'shortest']],
  ['recognised', ['recognised', 'recognized', 'respected', 'known', 'valued']],
  ['newer', ['newer', 'older', 'newest', 'oldest']],
];

/** The aspect a fact asked about stands for: "AAISM vs AIGP cost" asks which is cheaper. */
const FIELD_ASPECTS: Partial<Record<FactField | NotHeldField, CompareAspect>> = {
  cost: 'cheaper',
  minutes: 'longer',
  difficulty: 'harder',
  recognition: 'recognised',
  dates: 'newer',
};

/** The aspect a comparison is about: a word for it ("cheaper"), else the one fact field asked ("cost"). */
export function aspectOf(texts: readonly string[], facts?: FactFieldReading): CompareAspect | null {
  const word = ASPECTS.find(([, words]) => words.some((w) => texts.includes(w)))?.[0];
  if (word) return word;
  const asked = [...new Set([...(facts?.fields ?? []), ...(facts?.notHeld ?? [])].map((f) => FIELD_ASPECTS[f]))];
  return asked.length === 1 ? (asked[0] ?? null) : null;
}

const MORE_OR_LESS = new Set(['more', 'less', 'fewer', 'higher', 'lower', 'bigger', 'smaller']);

/**
 * "which costs more, AIGP or AAISM", "does AAISM have fewer questions than AAIA", "which came out first":
 * a comparative set between two named credentials asks for a comparison.
 */
export function asksWhichOf(texts: readonly string[], facts?: FactFieldReading): boolean {
  const which = texts.includes('which') || texts.includes('than');
  const firstLaunched = texts.includes('first') && (facts?.fields.includes('dates') ?? false);
  return aspectOf(texts) !== null || (which && (texts.some((t) => MORE_OR_LESS.has(t)) || firstLaunched));
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
export function compareOrAsk(reading: Reading, index: CatalogIndex): Query {
  const credentials = reading.credentials.map((c) => theOtherOne(c, reading.credentials, reading, index));
  const unclear = credentials.find((c) => c.ids.length > 1 && c.reason !== 'acronym-collision');
  if (unclear) return askWhich(unclear);
  const shared = credentials.filter((c) => c.ids.length > 1);
  const ids = [...new Set(credentials.flatMap((c) => c.ids))];
  if (ids.length < 2) return shared[0] ? askWhich(shared[0]) : missingSecond(credentials[0], index);
  for (const c of shared) {
    reading.interpretations.push({
      typed: c.mention.typed,
      readAs: `each of ${c.ids.map((id) => index.credentialLabel(id)).join(' and ')}, side by side`,
    });
  }
  return { intent: 'compare', credentials: ids, aspect: aspectOf(reading.texts, reading.facts) };
}

/** "compare aaism": name the one, offer the credentials it is usually compared with. */
export function missingSecond(r: Resolved | undefined, index: CatalogIndex): Query {
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

/** The most credentials one issuer's comparison sets side by side when the question does not say AI. */
const ONE_ISSUER_MAX = 4;

/**
 * "aws vs isaca": two issuers set against each other compare their AI-security credentials. "compare
 * ISACA's AI certs": one issuer's AI-security credentials against each other (or all of its few).
 */
export function issuerCompareQuery({ r, index, explicitCompare }: RouteContext): Query | null {
  if (!explicitCompare || r.credentials.length > 0 || r.issuers.length === 0) return null;
  const issuers = [...new Set(r.issuers.map((i) => i.ids[0]).filter((id): id is string => id !== undefined))];
  const only = issuers[0];
  if (issuers.length === 1 && only !== undefined) {
    const theirs = index.catalog.credentials.filter((c) => c.issuer === only);
    const ai = r.constraints.conditions.some((c) => c.field === 'ai-focus');
    const ids = (ai ? theirs.filter((c) => c.ai_focus !== 'none') : theirs).map((c) => c.id);
    const asked = r.texts.some((t) => t === 'compare' || t === 'comparison' || t === 'difference');
    return asked && ids.length >= 2 && (ai || ids.length <= ONE_ISSUER_MAX)
      ? { intent: 'compare', credentials: ids, aspect: aspectOf(r.texts, r.facts) }
      : null;
  }
  // Each issuer's AI-security credentials; an issuer with none ("isaca vs isc2") brings those that the
  // catalog records as covering some AI topic, so neither side is dropped.
  const ids = issuers.flatMap((issuer) => {
    const theirs = index.catalog.credentials.filter((c) => c.issuer === issuer);
    const ai = theirs.filter((c) => c.ai_focus !== 'none');
    return (ai.length > 0 ? ai : theirs.filter((c) => c.coverage.length > 0)).map((c) => c.id);
  });
  return ids.length >= 2 ? { intent: 'compare', credentials: ids, aspect: aspectOf(r.texts, r.facts) } : null;
}

/**
 * Two or more different credentials named (or a shared acronym among them). Two names of one credential
 * ("Azure AI Engineer AI-102", "SCS-C02 vs SCS-C03" since SCS-C02 is an exam of SCS-C03's entry) ask
 * about that one credential, not for a comparison.
 */
export function namesTwo(r: Reading): boolean {
  return (
    r.credentials.length >= 2 && (uniqueIds(r.credentials).length >= 2 || r.credentials.some((c) => c.ids.length > 1))
  );
}

/**
 * "casp+ vs securityx": two names of one credential set against each other. Nothing to compare: the
 * answer is that credential, with a note that the names are the same credential.
 */
export function sameCredentialQuery({ r, index, explicitCompare }: RouteContext): Query | null {
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
