/** Eligibility: whether someone can sit a credential, or what they can sit with what they hold. */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import type { Reading } from '../read-question.js';
import { splitEligibility } from '../split-eligibility.js';
import type { Query } from '../types.js';
import { askWhich, type RouteContext } from './route-context.js';

/**
 * "Can I take AAISM with only Security+?" asks about one credential; "I have CISSP, what can I take?"
 * names only what is held, so the answer is every credential the asker can sit (target null).
 */
function eligibilityQuery(r: Reading, index: CatalogIndex): Query | null {
  const split = splitEligibility(r.texts, r.credentials, r.qualifications, index);
  if (split.target) {
    if (split.target.ids.length > 1) return askWhich(split.target);
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
  if (unclear) return askWhich(unclear);
  return split.held.length > 0 ? { intent: 'eligibility', target: null, held: split.held } : null;
}

export function eligibilityRoute({ r, index }: RouteContext): Query | null {
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
