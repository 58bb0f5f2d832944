import type { ResolvedFact } from '../../answer/types.js';
import { sourceNames } from './format-values.js';

/** What an unknown fact reads as: it is certdesk's gap, not the issuer's silence. */
export const NOT_IN_SOURCES = "not in certdesk's sources yet";
/** What a fact a source says the issuer does not publish reads as. */
export const NOT_PUBLISHED = 'not published';
export const NOT_APPLICABLE = 'not applicable';

/** True for the three words that stand for "no value" (renderers drop a field that says one). */
export function isNoValue(text: string): boolean {
  return text === NOT_IN_SOURCES || text.startsWith(NOT_PUBLISHED) || text.startsWith(NOT_APPLICABLE);
}

/**
 * A resolved fact in words. `card`: like `full` without "rests on third parties" (the card says it
 * once for all its facts). `full`: a disputed fact lists the values of the winning tier
 * with their sources; a value that rests on third parties says so; not-published names its source.
 * Lower-tier outliers are never shown here (full details may mention them). `short` (table cells):
 * just the values.
 */
export function describeResolved<T>(
  resolved: ResolvedFact<T>,
  format: (value: T) => string,
  style: 'card' | 'full' | 'short' = 'full',
): string {
  const detailed = style !== 'short';
  switch (resolved.state) {
    case 'unknown':
      return NOT_IN_SOURCES;
    case 'not-published':
      return detailed && resolved.sources.length > 0
        ? `${NOT_PUBLISHED} (per ${sourceNames(resolved.sources)})`
        : NOT_PUBLISHED;
    case 'not-applicable':
      return detailed && resolved.note ? `${NOT_APPLICABLE} (${resolved.note})` : NOT_APPLICABLE;
    case 'value': {
      const value = format(resolved.value);
      if (style !== 'full' || !resolved.restsOnThirdParties) return value;
      return `${value} (rests on third parties: ${sourceNames(resolved.sources)})`;
    }
    case 'disputed': {
      if (style === 'short') {
        return `${[...new Set(resolved.claims.map((c) => format(c.value)))].join(' or ')} (sources disagree)`;
      }
      const claims = resolved.claims.map((c) => `${format(c.value)} (${sourceNames(c.sources)})`);
      return `Sources disagree: ${claims.join(' · ')}`;
    }
  }
}
