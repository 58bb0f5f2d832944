/** One fact (or a few) about named credentials: the `fact` intent. */
import { markOf, splitEligibility } from '../split-eligibility.js';
import type { Query } from '../types.js';
import { askWhich, type RouteContext } from './route-context.js';

/**
 * "how much is aaism", "is aip-c01 online proctored", "aaism pass rate": named credential(s) and a fact
 * field asked about. Prerequisites alone stay with eligibility; what someone holds makes it eligibility.
 */
export function factQuery({ r, index }: RouteContext): Query | null {
  const { fields, notHeld } = r.facts;
  const asked = fields.filter((f) => f !== 'prerequisites');
  if (r.credentials.length === 0 || (asked.length === 0 && notHeld.length === 0) || r.topics.length > 0) return null;
  if (r.qualifications.length > 0) return null;
  // "when is the new CCSP outline": a dated change, unless the date itself is the field asked.
  const dated = fields.includes('dates') || fields.includes('validity');
  if (r.texts.includes('when') && r.cues.has('deadlines') && !dated) return null;
  // "what jobs can I get with AAISM": what a credential brings, not whether one can sit it.
  const bringsOnly = asked.length === 0 && notHeld.every((f) => f === 'jobs' || f === 'salary');
  if (!bringsOnly && r.cues.has('eligibility')) {
    const split = splitEligibility(r.texts, r.credentials, r.qualifications, index);
    // "my CISSP expired, how much is renewal": a fact about what is held, with nothing else to sit.
    const aboutHeld = split.target === null && split.held.length === r.credentials.length && asked.length > 0;
    if (split.held.length > 0 && !aboutHeld) return null;
  }
  // A shared acronym asked alone ("caisp passing score") asks which; beside other names ("how much are
  // caisp and caiss") every credential carrying it is answered, one line each, so none named is dropped.
  const unclear = r.credentials.find(
    (c) => c.ids.length > 1 && (c.reason !== 'acronym-collision' || r.credentials.length < 2),
  );
  if (unclear) return askWhich(unclear);
  for (const c of r.credentials.filter((x) => x.ids.length > 1)) {
    r.interpretations.push({
      typed: c.mention.typed,
      readAs: `each of ${c.ids.map((id) => index.credentialLabel(id)).join(' and ')}`,
    });
  }
  // "as a CISA holder, what does AAIA cost": what the asker holds is not what the fact is asked of.
  const held = r.credentials.filter((c) => markOf(r.texts, c) === 'held');
  const about = held.length < r.credentials.length ? r.credentials.filter((c) => !held.includes(c)) : r.credentials;
  const ids = [...new Set(about.flatMap((c) => c.ids))];
  return { intent: 'fact', credentials: ids, fields, notHeld };
}
