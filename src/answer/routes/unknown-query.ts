/** Questions certdesk cannot answer: what it offers instead, and credentials it knows of but does not hold. */
import type { CatalogIndex } from '../../catalog/build-catalog-index.js';
import type { Reading } from '../read-question.js';
import { credentialsAccepting, startingPoints, suggestClosest, suggestionFor } from '../suggest-closest.js';
import type { Query, Suggestion } from '../types.js';

/**
 * A credential people name that is not a catalog entry but is in qualifications.yaml: say so, and offer
 * the related entries the catalog does hold (those it opens, then its issuer's).
 */
export function notInCatalogQuery(r: Reading, index: CatalogIndex): Query | null {
  const found = r.qualifications
    .map((q) => (q.ids[0] === undefined ? undefined : index.qualification(q.ids[0])))
    .filter((q): q is NonNullable<typeof q> => q !== undefined);
  if (found.length === 0) return null;
  // Catalog credentials named beside it ("compare CIA and AAIA") come first.
  const named = r.credentials.flatMap((c) => c.ids);
  const related = found.flatMap((q) => {
    const issuer = index.catalog.issuers.find(
      (i) => i.name.toLowerCase() === q.issuer.toLowerCase() || i.id === q.issuer.toLowerCase(),
    );
    const sameIssuer = issuer ? index.catalog.credentials.filter((c) => c.issuer === issuer.id).map((c) => c.id) : [];
    return [...credentialsAccepting(q.id, index), ...sameIssuer];
  });
  related.unshift(...named);
  const near = suggestClosest(r.words, r.mentions, index).filter((s) => s.kind === 'credential');
  const suggestions = [
    ...[...new Set(related)]
      .map((id) => suggestionFor('credential', id, index))
      .filter((s): s is Suggestion => s !== null),
    ...near.filter((s) => !related.includes(s.id)),
  ].slice(0, 5);
  return {
    intent: 'unknown',
    notInCatalog: found.map((q) => ({ id: q.id, name: q.acronym ?? q.name, issuer: q.issuer })),
    suggestions: suggestions.length > 0 ? suggestions : startingPoints(index),
  };
}

export function unknownQuery(r: Reading, index: CatalogIndex): Query {
  const named = notInCatalogQuery(r, index);
  if (named) return named;
  let suggestions: Suggestion[] = suggestClosest(r.words, r.mentions, index);
  const aboutTopics = r.cues.has('coverage') && r.credentials.length === 0;
  if (aboutTopics && suggestions.every((s) => s.kind !== 'topic')) {
    const topics = index.catalog.topics.slice(0, 5).map((t) => suggestionFor('topic', t.id, index));
    suggestions = topics.filter((s): s is Suggestion => s !== null);
  }
  return { intent: 'unknown', suggestions: suggestions.length > 0 ? suggestions : startingPoints(index) };
}
