/**
 * The catalog's structured fields as the engine filters and sorts by them: one reader per field, so
 * `find` and `recommend` never read catalog shapes themselves. A reader returns the resolved value (by
 * source tier), or null when the catalog does not hold it (unknown, not published, not applicable, or
 * sources of the same tier that disagree).
 */
import { eventDay } from '../catalog/fact-values.js';
import type { AssessmentKind, Credential, DeliveryMode, Fact, Price } from '../catalog/schema.js';
import { resolveFact } from './resolve-fact.js';
import type { CredentialView } from './types.js';

/**
 * Resolved values, by credential, the fact's group of sources and the fact: the catalog does not change
 * under a loaded index, and `find` asks the same fields of every credential for every question. Keyed by
 * credential first because one fact object may be shared by several (an issuer's delivery rule), and by
 * group because a bare value ("required: none") is the same value in any group.
 */
const resolved = new WeakMap<Credential, Map<readonly string[], Map<unknown, unknown>>>();

/** The winning value of a fact, or null when nothing settles it. */
export function factValue<T>(fact: Fact<T>, groupSources: string[], c: Credential): T | null {
  let groups = resolved.get(c);
  if (!groups) {
    groups = new Map();
    resolved.set(c, groups);
  }
  let values = groups.get(groupSources);
  if (!values) {
    values = new Map();
    groups.set(groupSources, values);
  }
  if (values.has(fact)) return values.get(fact) as T | null;
  const r = resolveFact(fact, groupSources, c);
  const value = r.state === 'value' ? r.value : null;
  values.set(fact, value);
  return value;
}

export type UsdPrice =
  | {
      kind: 'usd';
      /** The standard (non-member) exam price. */
      amount: number;
      member?: number | undefined;
      /** Required one-off fees on top (application fee). */
      fees: number;
    }
  | { kind: 'none' };

/**
 * The standard (non-member) exam price in US dollars, with the member price and required fees beside
 * it; `none` when the catalog has no US-dollar exam price (unknown, disputed, or another currency only:
 * no exchange rates).
 */
export function usdExamPrice(c: Credential): UsdPrice {
  const prices = factValue(c.cost.prices, c.cost.sources, c);
  return prices ? usdOf(prices) : { kind: 'none' };
}

type Prices = readonly Price[];

/**
 * When sources of the same standing disagree on the price: each one's standard US-dollar exam price,
 * lowest first (empty when the price is not disputed).
 */
export function disputedUsdExamPrices(c: Credential): number[] {
  const r = resolveFact(c.cost.prices, c.cost.sources, c);
  if (r.state !== 'disputed') return [];
  const amounts = r.claims.map((claim) => usdOf(claim.value)).flatMap((p) => (p.kind === 'usd' ? [p.amount] : []));
  return [...new Set(amounts)].sort((a, b) => a - b);
}

function usdOf(prices: Prices): UsdPrice {
  const usd = prices.filter((p) => p.currency === 'USD');
  const exam = usd.filter((p) => p.item === 'exam' || p.item === 'course-bundle');
  const standard =
    exam.find((p) => p.item === 'exam' && p.audience === 'standard') ??
    exam.find((p) => p.audience === 'standard') ??
    undefined;
  if (!standard) return { kind: 'none' };
  const member = exam.find((p) => p.item === standard.item && p.audience === 'member');
  const fees = usd.filter((p) => p.item === 'application-fee' && p.audience === 'standard');
  return { kind: 'usd', amount: standard.amount, member: member?.amount, fees: fees.reduce((s, p) => s + p.amount, 0) };
}

/** 'none' when published as needing no prerequisite; 'some' when it names some; null when unknown. */
export function prerequisitesKind(c: Credential): 'none' | 'some' | null {
  const required = factValue(c.prerequisites.required, c.prerequisites.sources, c);
  if (required === null) return null;
  return required === 'none' ? 'none' : 'some';
}

export function needsNothing(c: Credential): boolean {
  return prerequisitesKind(c) === 'none';
}

export function assessment(c: Credential): AssessmentKind[] | null {
  return factValue(c.assessment, c.exam.sources, c);
}

/** Assessed hands-on (a performance exam or practical labs). */
export function isHandsOn(c: Credential): boolean {
  return assessment(c)?.includes('performance') ?? false;
}

/** How the exam is delivered (test centre, online proctored …), issuer rules applied by the loader. */
export function deliveryModes(c: Credential): DeliveryMode[] | null {
  return factValue(c.exam.delivery, c.exam.sources, c);
}

/** A recognition the credential file records (NICCS); DoD 8140 comes from the matrix (view.dod8140). */
export function niccsStatus(c: Credential): 'listed' | 'not-listed' | null {
  const r = c.trust.recognition.find((x) => /niccs/i.test(x.framework));
  return r && r.status !== 'unknown' ? r.status : null;
}

export function accreditation(c: Credential): string | null {
  return factValue(c.trust.accreditation, c.trust.sources, c);
}

/** An AI-security credential (the catalog's `ai_focus: primary`). */
export function isAiFocused(c: Credential): boolean {
  return c.ai_focus === 'primary';
}

export function examMinutes(c: Credential): number | null {
  return factValue(c.exam.minutes, c.exam.sources, c);
}

/** The day the certification launched (not an exam version's launch), when recorded. */
export function launchDate(c: Credential): string | null {
  const e =
    c.events.find((x) => x.kind === 'launched' && x.code === undefined) ?? c.events.find((x) => x.kind === 'launched');
  return e ? eventDay(e) : null;
}

export function isVendorNeutral(view: CredentialView): boolean {
  return view.issuer.kind !== 'cloud-vendor';
}
