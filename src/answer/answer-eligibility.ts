/**
 * "Can I sit AAISM with only Security+?": evaluates the target's prerequisite alternatives against what
 * the asker holds. A held credential is taken to be active, as the asker says they hold it.
 */

import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { requiredOf, simpleValue } from '../catalog/fact-values.js';
import type { Credential, PrerequisiteAlt } from '../catalog/schema.js';
import { viewCredential } from './credential-view.js';
import type {
  AnswerOf,
  CredentialView,
  EligibilityAlternative,
  EligibilityCheck,
  EligibilityVerdict,
  Held,
} from './types.js';

type EligibilityBody = Omit<
  Extract<AnswerOf<'eligibility'>, { target: CredentialView }>,
  'question' | 'interpretations'
>;

/** How many credentials to offer instead. */
const INSTEAD_LIMIT = 4;

export function heldLabel(held: Held, index: CatalogIndex): string {
  if (held.kind === 'credential') return `${index.credentialLabel(held.id)}${held.lapsed ? ' (lapsed)' : ''}`;
  const q = index.qualification(held.id);
  return q?.acronym ?? q?.name ?? held.id;
}

function altLabel(alt: PrerequisiteAlt, index: CatalogIndex): string {
  if ('credential' in alt) return `${alt.active ? 'an active ' : ''}${index.credentialLabel(alt.credential)}`;
  const q = index.qualification(alt.qualification);
  return q ? (q.acronym && q.acronym !== q.name ? `${q.acronym} (${q.name})` : q.name) : alt.qualification;
}

/** True when the asker says they hold credential `id`. */
export function holdsCredential(held: readonly Held[], id: string): boolean {
  return held.some((h) => h.kind === 'credential' && h.id === id);
}

/** Can be sat today or later: not retired, not only announced. */
export function sittable(view: CredentialView): boolean {
  return view.status.state !== 'retired' && view.status.state !== 'announced';
}

function satisfies(alt: PrerequisiteAlt, held: readonly Held[]): boolean {
  if ('credential' in alt) {
    return held.some((h) => h.kind === 'credential' && h.id === alt.credential && !(alt.active && h.lapsed));
  }
  return held.some((h) => h.id === alt.qualification);
}

function verdictOf(
  c: Credential,
  alternatives: readonly EligibilityAlternative[],
  held: readonly Held[],
): EligibilityVerdict {
  const required = requiredOf(c);
  if (required === null) return 'not-published';
  if (required === 'none') return 'no-prerequisite';
  if (alternatives.some((a) => a.satisfied)) return 'eligible';
  return held.length === 0 ? 'needs-info' : 'not-eligible';
}

/** Open to the asker: no prerequisite, or one they meet. Closest to the target first. */
function insteadOf(
  target: Credential,
  held: readonly Held[],
  index: CatalogIndex,
  now: Date,
  asked: ReadonlySet<string>,
): CredentialView[] {
  const topics = new Set(target.coverage.map((c) => c.topic));
  const scored = index.catalog.credentials
    .filter((c) => !asked.has(c.id) && !holdsCredential(held, c.id))
    .map((c) => ({ c, view: viewCredential(c, index, now) }))
    .filter(({ view }) => sittable(view))
    .map(({ c, view }) => {
      const r = requiredOf(c);
      const meets = r !== null && r !== 'none' && r.any_of.some((a) => satisfies(a, held));
      const open = r === 'none' || meets;
      const shared = c.coverage.filter((x) => topics.has(x.topic)).length;
      // Meeting a prerequisite counts most; an experience requirement still stands in the way.
      const free = simpleValue(c.prerequisites.experience) === null ? 20 : 0;
      const score = (meets ? 100 : 0) + free + (c.track === target.track ? 10 : 0) + shared;
      return { view, open, score };
    })
    .filter((x) => x.open)
    .sort((a, b) => b.score - a.score);
  return scored.slice(0, INSTEAD_LIMIT).map((x) => x.view);
}

/** A credential's published prerequisite alternatives, each marked met or not by what is held. */
export function evaluateAlternatives(
  c: Credential,
  held: readonly Held[],
  index: CatalogIndex,
): EligibilityAlternative[] {
  const required = requiredOf(c);
  if (required === null || required === 'none') return [];
  return required.any_of.map((alt) => ({ alt, label: altLabel(alt, index), satisfied: satisfies(alt, held) }));
}

/** A caveat about keeping a prerequisite active ("must stay active for as long as you hold AAISM"). */
const KEEP_ACTIVE =
  /\b(?:stay|remain|kept|keep|be held|held)\b[^.]*\bactive\b|\bactive\b[^.]*\b(?:as long as|while you hold)\b/i;

/**
 * "My CISSP lapsed, can I still take AAISM?": the held credentials that would be a way in were they active,
 * and the credential's caveats on keeping them active.
 */
function lapsedOf(target: Credential, held: readonly Held[], index: CatalogIndex): EligibilityCheck['lapsed'] {
  const required = requiredOf(target);
  if (!required || required === 'none') return undefined;
  const ways = new Set(required.any_of.flatMap((alt) => ('credential' in alt && alt.active ? [alt.credential] : [])));
  const lapsed = held.filter((h) => h.kind === 'credential' && h.lapsed && ways.has(h.id));
  if (lapsed.length === 0) return undefined;
  const rules = target.caveats
    .filter((c) => KEEP_ACTIVE.test(c.text))
    .map((c) => ({ text: c.text, sources: target.sources.filter((s) => c.sources.includes(s.id)) }));
  return { held: lapsed.map((h) => index.credentialLabel(h.id)), rules };
}

/** One credential's verdict against what is held, with the paths in and the experience it asks for. */
function checkEligibility(target: Credential, held: readonly Held[], index: CatalogIndex, now: Date): EligibilityCheck {
  const alternatives = evaluateAlternatives(target, held, index);
  const lapsed = lapsedOf(target, held, index);
  return {
    target: viewCredential(target, index, now),
    verdict: verdictOf(target, alternatives, held),
    alternatives,
    experience: simpleValue(target.prerequisites.experience),
    recommended: simpleValue(target.prerequisites.recommended),
    ...(lapsed ? { lapsed } : {}),
  };
}

/** The sources behind a credential's prerequisites. */
function prerequisiteSources(c: Credential) {
  return c.sources.filter((s) => c.prerequisites.sources.includes(s.id));
}

/**
 * "Can I take AAISM and AAIA with CISA?": every credential asked about gets its own verdict; the first
 * leads, and what could be taken instead leaves out the ones already asked about.
 */
export function answerEligibility(
  targetId: string,
  held: readonly Held[],
  index: CatalogIndex,
  now: Date,
  alsoIds: readonly string[] = [],
): EligibilityBody | null {
  const target = index.credential(targetId);
  if (!target) return null;
  const others = alsoIds
    .filter((id) => id !== targetId)
    .map((id) => index.credential(id))
    .filter((c): c is Credential => c !== undefined);
  const first = checkEligibility(target, held, index, now);
  const also = others.map((c) => checkEligibility(c, held, index, now));
  const asked = new Set([targetId, ...others.map((c) => c.id)]);
  const instead = first.verdict === 'not-eligible' ? insteadOf(target, held, index, now, asked) : [];
  const sources = [target, ...others].flatMap(prerequisiteSources);
  return {
    intent: 'eligibility',
    ...first,
    held: held.map((h) => ({ held: h, label: heldLabel(h, index) })),
    instead,
    ...(also.length > 0 ? { also } : {}),
    sources: sources.filter((s, i) => sources.findIndex((o) => o.url === s.url && o.title === s.title) === i),
  };
}
