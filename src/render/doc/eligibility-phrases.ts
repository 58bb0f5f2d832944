/** How eligibility answers name prerequisite alternatives, shared by the one-credential and the list answer. */
import type { EligibilityAlternative, Held } from '../../answer/types.js';
import type { PrerequisiteAlt } from '../../catalog/schema.js';
import type { Namer } from './create-namer.js';
import { alternativesPhrase } from './credential-facts.js';
import { joinOr } from './format-values.js';

/** An alternative's bare name, whatever wording the engine put around its label. */
export function bareLabel(alternative: EligibilityAlternative, namer: Namer): string {
  const { alt } = alternative;
  if ('credential' in alt) return namer.credential(alt.credential);
  return namer.knownQualification(alt.qualification) ?? alternative.label.replace(/^an? (active )?/i, '');
}

/** What the asker holds that meets one of `alternatives`, by the names they gave, in their order. */
export function heldMeeting(
  held: readonly { held: Held; label: string }[],
  alternatives: readonly EligibilityAlternative[],
): string[] {
  const ids = new Set(alternatives.map(({ alt }) => ('credential' in alt ? alt.credential : alt.qualification)));
  return held.filter((h) => ids.has(h.held.id)).map((h) => h.label);
}

/** Past this many alternatives the verdict names the first few and counts the rest; the list has them all. */
const NAMED_IN_VERDICT = 4;

/** "an active CISM or CISSP"; "CISA, CIA, US CPA or one of 6 others". */
export function needsPhrase(alternatives: readonly EligibilityAlternative[], namer: Namer): string {
  const labels = new Map<PrerequisiteAlt, string>(alternatives.map((a) => [a.alt, bareLabel(a, namer)]));
  const label = (alt: PrerequisiteAlt) => labels.get(alt) ?? '';
  const alts = alternatives.map((a) => a.alt);
  if (alts.length <= NAMED_IN_VERDICT) return alternativesPhrase(alts, label);
  const named = alts.slice(0, NAMED_IN_VERDICT - 1).map((alt) => alternativesPhrase([alt], label));
  return joinOr([...named, `one of ${alts.length - named.length} others`]);
}
