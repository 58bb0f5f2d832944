import { resolveFact } from '../../answer/resolve-fact.js';
import type { ResolvedFact } from '../../answer/types.js';
import type { Credential, Fact } from '../../catalog/schema.js';
import { byRank, sourceLabel, sourceNames } from './format-values.js';

export const NOT_PUBLISHED = 'not published';

function valueText<T>(value: T | null, format: (value: T) => string): string {
  return value === null ? NOT_PUBLISHED : format(value);
}

/**
 * A resolved fact in words. `full` (cards): settled facts name who is overruled and who settles
 * it; disputed facts list every claim with its source. `short` (table cells): just the values.
 */
export function describeResolved<T>(
  resolved: ResolvedFact<T>,
  format: (value: T) => string,
  style: 'full' | 'short' = 'full',
): string {
  switch (resolved.state) {
    case 'published':
      return format(resolved.value);
    case 'not-published':
      return NOT_PUBLISHED;
    case 'settled': {
      const value = format(resolved.value);
      if (style === 'short' || resolved.overruled.length === 0) return value;
      const others = resolved.overruled
        .map((o) => `${sourceNames(o.sources)} says ${valueText(o.value, format)}`)
        .join(', ');
      const winner = byRank(resolved.sources)[0];
      return `${value} (${others}; ${winner ? sourceLabel(winner) : 'a stronger source'} settles it)`;
    }
    case 'disputed': {
      if (style === 'short') {
        return `${[...new Set(resolved.claims.map((c) => valueText(c.value, format)))].join(' or ')} (sources disagree)`;
      }
      const claims = resolved.claims.map((c) => `${valueText(c.value, format)} (${sourceNames(c.sources)})`);
      return `Sources disagree: ${claims.join(' · ')}`;
    }
  }
}

/** Resolve a catalog fact by source rank and describe it. */
export function describeFact<T>(
  fact: Fact<T>,
  groupSources: string[],
  credential: Credential,
  format: (value: T) => string,
  style: 'full' | 'short' = 'full',
): string {
  return describeResolved(resolveFact(fact, groupSources, credential), format, style);
}
