/**
 * "What can I take with a CISSP?", "I only have Security+, what can I sit?": no single credential asked
 * about, so every current credential is placed by what the asker holds. First what something held
 * unlocks (an alternative of its published prerequisites is met: AAISM for a CISSP, AAIA for a CISA),
 * then what publishes no prerequisite at all, then what is still closed, and apart from all of them what
 * nobody published prerequisites for, which is never counted as open.
 */

import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { requiredOf } from '../catalog/fact-values.js';
import { type Credential, levelSchema, type Source, trackSchema } from '../catalog/schema.js';
import { evaluateAlternatives, heldLabel, holdsCredential, sittable } from './answer-eligibility.js';
import { viewCredential } from './credential-view.js';
import type { AnswerOf, CredentialView, EligibleFor, Held } from './types.js';

type EligibleForBody = Omit<Extract<AnswerOf<'eligibility'>, { target: null }>, 'question' | 'interpretations'>;
type Lists = EligibleFor['eligibleFor'];

/** Open ones by track, then level (foundational first), then acronym: the order the lists are read in. */
function byTrackAndLevel(a: CredentialView, b: CredentialView): number {
  const x = a.credential;
  const y = b.credential;
  return (
    trackSchema.options.indexOf(x.track) - trackSchema.options.indexOf(y.track) ||
    levelSchema.options.indexOf(x.level) - levelSchema.options.indexOf(y.level) ||
    x.acronym.localeCompare(y.acronym) ||
    x.id.localeCompare(y.id)
  );
}

type Unlocked = Lists['unlocked'][number];

/** A credential met outright ranks before one met on a condition ("with an IT audit role focus"). */
function conditional(item: Unlocked): number {
  return item.via.some((a) => 'credential' in a.alt || !a.alt.note) ? 0 : 1;
}

/** Where the first thing held that opens it was named: "CISSP and CISA" lists AAISM before AAIA. */
function heldOrder(item: Unlocked, held: readonly Held[]): number {
  const ids = item.via.map((a) => ('credential' in a.alt ? a.alt.credential : a.alt.qualification));
  return Math.min(...ids.map((id) => held.findIndex((h) => h.id === id)).filter((i) => i >= 0));
}

/** The sources behind the prerequisites of the credentials listed, each once. */
function prerequisiteSources(credentials: readonly Credential[]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const c of credentials) {
    for (const s of c.sources.filter((x) => c.prerequisites.sources.includes(x.id))) {
      const key = s.url ?? `${s.publisher}|${s.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(s);
    }
  }
  return out;
}

/**
 * Only what something held unlocks, in the order the full answer lists it: for a recommendation, which
 * lists it beside its picks and needs none of the rest.
 */
export function unlockedBy(held: readonly Held[], index: CatalogIndex, now: Date): Unlocked[] {
  const heldIds = new Set(held.map((h) => h.id));
  const out: Unlocked[] = [];
  for (const c of index.catalog.credentials) {
    const required = requiredOf(c);
    if (!required || required === 'none' || holdsCredential(held, c.id)) continue;
    const names = required.any_of.some((alt) => heldIds.has('credential' in alt ? alt.credential : alt.qualification));
    if (!names) continue;
    const via = evaluateAlternatives(c, held, index).filter((a) => a.satisfied);
    const view = viewCredential(c, index, now);
    if (via.length > 0 && sittable(view)) out.push({ view, via });
  }
  return out.sort((a, b) => conditional(a) - conditional(b) || heldOrder(a, held) - heldOrder(b, held));
}

export function answerEligibleFor(
  held: readonly Held[],
  index: CatalogIndex,
  now: Date,
  aiOnly = false,
): EligibleForBody {
  const lists: Lists = { unlocked: [], open: [], notYet: [], notPublished: [] };
  for (const c of index.catalog.credentials) {
    if (holdsCredential(held, c.id) || (aiOnly && c.ai_focus === 'none')) continue;
    const view = viewCredential(c, index, now);
    if (!sittable(view)) continue;
    const required = requiredOf(c);
    if (required === null) lists.notPublished.push(view);
    else if (required === 'none') lists.open.push(view);
    else {
      const alternatives = evaluateAlternatives(c, held, index);
      const via = alternatives.filter((a) => a.satisfied);
      if (via.length > 0) lists.unlocked.push({ view, via });
      else lists.notYet.push({ view, alternatives });
    }
  }
  lists.unlocked.sort((a, b) => conditional(a) - conditional(b) || heldOrder(a, held) - heldOrder(b, held));
  // AI-security credentials before those where AI is only part of it, when only AI ones were asked for.
  const focus = (v: CredentialView) => (aiOnly && v.credential.ai_focus !== 'primary' ? 1 : 0);
  lists.open.sort((a, b) => focus(a) - focus(b) || byTrackAndLevel(a, b));
  const listed = [...lists.unlocked.map((u) => u.view), ...lists.open, ...lists.notYet.map((n) => n.view)];
  return {
    intent: 'eligibility',
    target: null,
    ...(aiOnly ? { aiOnly: true } : {}),
    held: held.map((h) => ({ held: h, label: heldLabel(h, index) })),
    eligibleFor: lists,
    sources: prerequisiteSources(listed.map((v) => v.credential)),
  };
}
