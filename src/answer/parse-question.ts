/**
 * Question text → typed Query. The question is read into entities (credentials, issuers, roles, topics,
 * fact fields, constraints, dates, cues); the routing table (routes/routing-table.ts) of scored routes
 * decides the intent from them. Whenever the named credential is not certain (a shared acronym, a typo
 * equally close to several names) the query is a disambiguation: the engine asks rather than guesses.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { readQuestion } from './read-question.js';
import { chooseQuery } from './routes/routing-table.js';
import type { Interpretation, Query } from './types.js';

export { ROUTED_INTENTS } from './routes/routing-table.js';

export interface ParsedQuestion {
  query: Query;
  interpretations: Interpretation[];
}

export function parseQuestion(question: string, index: CatalogIndex): ParsedQuestion {
  const reading = readQuestion(question, index);
  return { query: chooseQuery(reading, index), interpretations: reading.interpretations };
}
