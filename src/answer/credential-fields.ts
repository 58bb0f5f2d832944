/**
 * The catalog's structured fields as the engine filters and sorts by them: one reader per field, so
 * `find` and `recommend` never read catalog shapes themselves. A reader returns the resolved value, or
 * null when the catalog does not hold it (unknown, not published, or sources that disagree).
 */
import type { Credential, Fact } from '../catalog/schema.js';
import { resolveFact } from './resolve-fact.js';
import type { CredentialView } from './types.js';

/** The winning value of a fact, or null when nothing settles it. */
export function factValue<T>(fact: Fact<T>, groupSources: string[], c: Credential): T | null {
  const r = resolveFact(fact, groupSources, c);
  return r.state === 'published' || r.state === 'settled' ? r.value : null;
}

export type UsdPrice = { kind: 'usd'; amount: number; member?: number | undefined; fees: number } | { kind: 'none' };

const MEMBER = /\bmember\b/i;
const NON_MEMBER = /\bnon[- ]?member\b|\bstandard\b|\blist\b|\bexam\b|\bvoucher\b/i;
const FEE = /\bfee\b|\bannual\b|\bapplication\b|\bmaintenance\b|\bretake\b|\bbundle\b|\bcourse\b|\btraining\b/i;

/**
 * The standard (non-member) exam price in US dollars, with the member price and required fees beside
 * it; `none` when the catalog has no US-dollar price (unknown, disputed, or another currency only).
 */
export function usdExamPrice(c: Credential): UsdPrice {
  const prices = factValue(c.cost.prices, c.cost.sources, c);
  if (!prices) return { kind: 'none' };
  const usd = prices.filter((p) => p.currency === 'USD');
  const exam = usd.filter((p) => !FEE.test(p.label) || /\bexam\b/i.test(p.label));
  const standard =
    exam.find((p) => NON_MEMBER.test(p.label)) ?? exam.find((p) => !MEMBER.test(p.label)) ?? exam[0] ?? undefined;
  if (!standard) return { kind: 'none' };
  const member = exam.find((p) => MEMBER.test(p.label) && !NON_MEMBER.test(p.label) && p !== standard);
  const fees = usd.filter((p) => FEE.test(p.label) && !/\bexam\b/i.test(p.label) && !/\bcourse\b/i.test(p.label));
  return {
    kind: 'usd',
    amount: standard.amount,
    member: member?.amount,
    fees: fees.reduce((sum, p) => sum + p.amount, 0),
  };
}

/** Published as needing no prerequisite credential. */
export function needsNothing(c: Credential): boolean {
  return c.prerequisites.required === 'none';
}

/** Assessed hands-on (a performance exam or practical labs). */
export function isHandsOn(c: Credential): boolean {
  return c.trust.assessment === 'performance-exam';
}

/** How the exam is delivered, as kinds: online-proctored, test-centre, online-unproctored, course. */
export function deliveryKinds(c: Credential): string[] {
  const delivery = factValue(c.exam.delivery, c.exam.sources, c) ?? '';
  const proctoring = factValue(c.exam.proctoring, c.exam.sources, c) ?? '';
  const text = `${delivery} ${proctoring}`.toLowerCase();
  const out: string[] = [];
  if (/test (centre|center)|testing (centre|center)|in person|on-site|onsite/.test(text)) out.push('test-centre');
  if (/online|remote|from home|onvue/.test(text)) {
    out.push(/unproctored|not proctored|open book|self-paced/.test(text) ? 'online-unproctored' : 'online-proctored');
  }
  if (/course|workshop|class/.test(text) && out.length === 0) out.push('in-person-course');
  return out;
}

export function recognitionStatus(c: Credential, framework: 'dod-8140' | 'niccs'): 'listed' | 'not-listed' | null {
  const name = framework === 'dod-8140' ? /8140|8570/ : /niccs/i;
  const r = c.trust.recognition.find((x) => name.test(x.framework));
  return r && r.status !== 'unknown' ? r.status : null;
}

export function accreditation(c: Credential): string | null {
  return c.trust.accreditation;
}

const AI_NAME = /\b(ai|ml|genai|artificial intelligence|machine learning|llm)\b/i;

/** An AI-security credential: its own name or acronym is about AI. */
export function isAiFocused(c: Credential): boolean {
  return AI_NAME.test(c.name) || AI_NAME.test(c.acronym) || /ai/i.test(c.acronym);
}

export function examMinutes(c: Credential): number | null {
  return factValue(c.exam.minutes, c.exam.sources, c);
}

export function launchDate(c: Credential): string | null {
  return c.events.find((e) => e.kind === 'launched')?.date ?? null;
}

export function isVendorNeutral(view: CredentialView): boolean {
  return view.issuer.kind !== 'cloud-vendor';
}
