/**
 * Card buttons carry credential ids, so their answers come from exact queries, not from parsing text.
 * Each comes with the question it stands for, in the words a person would type (labels name the issuer
 * where acronyms collide), which is what the answer's Share button asks again.
 */
import { roleQuestion } from '../answer/role-question.js';
import type { Query } from '../answer/types.js';
import type { CatalogIndex } from '../catalog/build-catalog-index.js';

export interface CardQuery {
  query: Query;
  question: string;
}

export function compareQuery(index: CatalogIndex, a: string, b: string): CardQuery {
  return {
    query: { intent: 'compare', credentials: [a, b] },
    question: `${index.credentialLabel(a)} vs ${index.credentialLabel(b)}`,
  };
}

export function lookupQuery(index: CatalogIndex, id: string): CardQuery {
  return { query: { intent: 'lookup', credential: id }, question: index.credentialLabel(id) };
}

export function prerequisitesQuery(index: CatalogIndex, id: string): CardQuery {
  return {
    query: { intent: 'eligibility', target: id, held: [] },
    question: `what do I need before ${index.credentialLabel(id)}`,
  };
}

/** A role picked from the role menu: that role's picks, asked as "what should … take first?". */
export function recommendQuery(index: CatalogIndex, roleId: string): CardQuery | null {
  const role = index.catalog.roles.find((r) => r.id === roleId);
  return role ? { query: { intent: 'recommend', role: role.id }, question: `${roleQuestion(role)}?` } : null;
}
