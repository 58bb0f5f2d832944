/**
 * Whether a credential needs a warning beside it wherever it is recommended: a workshop badge (assessed
 * inside a course, not by an exam) or an entry resting on one source. Read from the catalog's fields.
 */
import type { Credential } from '../../catalog/schema.js';
import { assessment, deliveryModes } from '../credential-fields.js';
import type { RecommendPick, TrustFlag } from '../types.js';

export function trustFlagsOf(c: Credential): TrustFlag[] {
  const flags: TrustFlag[] = [];
  const kinds = assessment(c);
  const delivery = deliveryModes(c);
  const courseOnly = kinds?.every((k) => k === 'course-assessment') ?? false;
  const inCourseOnly = delivery?.every((d) => d === 'in-person-course') ?? false;
  if (courseOnly || inCourseOnly) flags.push('workshop-badge');
  if (c.sources.length === 1) flags.push('single-source');
  return flags;
}

const WORDS: Record<TrustFlag, string> = {
  'workshop-badge': 'A workshop badge, assessed inside the course rather than by an independently proctored exam',
  'single-source': 'Everything certdesk knows about it rests on one source',
};

/** The warning shown beside a flagged pick: what the flags mean, and the credential's own caveats. */
export function caveatOf(c: Credential): NonNullable<RecommendPick['caveat']> | null {
  const flags = trustFlagsOf(c);
  if (flags.length === 0) return null;
  const source = c.sources[0];
  const text = flags
    .map((f) => (f === 'single-source' && source ? `${WORDS[f]} (${source.title})` : WORDS[f]))
    .join('; ');
  return {
    flags,
    text: `${text}.`,
    caveats: c.caveats.map((k) => ({ text: k.text, sources: c.sources.filter((s) => k.sources.includes(s.id)) })),
  };
}
