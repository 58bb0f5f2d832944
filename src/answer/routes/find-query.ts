/** Lists over the catalog: a plain listing (browse) or conditions, sorts and counts (find). */
import { levelSchema, trackSchema } from '../../catalog/schema.js';
import { isFilter } from '../read-constraints.js';
import type { Reading } from '../read-question.js';
import { splitEligibility } from '../split-eligibility.js';
import type { Query } from '../types.js';
import { ADVICE, type RouteContext } from './route-context.js';

export function browseQuery(r: Reading): Query {
  return {
    intent: 'browse',
    issuer: r.issuers[0]?.ids[0] ?? null,
    track: trackSchema.options.find((t) => t === r.tracks[0]?.ids[0]) ?? null,
    level: levelSchema.options.find((l) => l === r.levels[0]?.ids[0]) ?? null,
  };
}

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

/** Conditions beyond a plain listing, or "what AI security certs are there": a filter over the catalog. */
export function findQuery({ r }: RouteContext): Query | null {
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
export function findWithHeldQuery({ r, index }: RouteContext): Query | null {
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
