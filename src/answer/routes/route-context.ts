/** What every route of the routing table may look at, and the small helpers routes share. */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import type { Reading } from '../read-question.js';
import type { Resolved } from '../resolve-mentions.js';
import type { Query } from '../types.js';

/** What every route may look at: the reading plus a few things derived from it once. */
export interface RouteContext {
  r: Reading;
  index: CatalogIndex;
  explicitCompare: boolean;
  horizon: number | null;
}

export function uniqueIds(list: readonly Resolved[]): string[] {
  return [...new Set(list.filter((r) => r.ids.length === 1).map((r) => r.ids[0] ?? ''))];
}

/** A name that is not certain (a shared acronym, a near tie between typo readings): ask which was meant. */
export function askWhich(r: Resolved): Query {
  return { intent: 'disambiguate', term: r.mention.typed, candidates: r.ids, reason: r.reason ?? 'near-tie' };
}

/** Words that ask for advice rather than a filtered list. */
export const ADVICE = new Set([
  'should',
  'recommend',
  'recommended',
  'suggest',
  'best',
  'worth',
  'advice',
  'next',
  'path',
]);
