/** Source tiers: a value needs sources, and a blog alone cannot settle what an issuer does not publish. */
import type { Report } from './cross-check-context.js';
import { type Credential, isClaims, isFactState, type Source } from './schema.js';

/** Every fact field as written, with its dotted path: value, state or claims. */
function* factsOf(c: Credential): Generator<{ path: string; fact: unknown; groupSources: string[] }> {
  const groups: Record<string, Record<string, unknown>> = {
    exam: c.exam,
    cost: c.cost,
    domains: c.domains,
    prerequisites: c.prerequisites,
    recertification: c.recertification,
    trust: c.trust,
  };
  for (const [name, group] of Object.entries(groups))
    for (const [key, fact] of Object.entries(group))
      if (!['sources', 'codes', 'note', 'outline', 'recognition', 'renewed_by'].includes(key))
        yield { path: `${name}.${key}`, fact, groupSources: group.sources as string[] };
  yield { path: 'assessment', fact: c.assessment, groupSources: c.exam.sources };
}

/**
 * No answer-visible value is settled by a tier that may not settle it: a single blog cannot say an
 * issuer does not publish something (not-published needs a source above the blog tier).
 */
export function checkTiers(c: Credential, sources: readonly Source[], report: Report): void {
  const kindOf = (id: string) => sources.find((s) => s.id === id)?.kind;
  for (const { path, fact, groupSources } of factsOf(c)) {
    if (fact !== undefined && !isFactState(fact) && !isClaims(fact as never) && groupSources.length === 0)
      report(path, "has a value but its group lists no sources: add the group's sources or write it as claims");
    if (!isFactState(fact) || fact.state !== 'not-published') continue;
    const kinds = fact.sources.map(kindOf).filter((k) => k !== undefined);
    if (kinds.length > 0 && kinds.every((k) => k === 'blog'))
      report(
        `${path}.sources`,
        'a blog cannot settle that the issuer does not publish this: cite an issuer, official or third-party source, or write { state: unknown }',
      );
  }
}
