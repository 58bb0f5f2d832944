/**
 * "how much is AAISM", "aaism cost and length", "cost of aaism and aaia": the asked fields of the named
 * credentials. What the catalog does not hold (pass rates, salaries, difficulty …) is said as such, with
 * the fields it does hold offered instead; never the whole card.
 */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { viewCredentials } from './credential-view.js';
import type { FactField, NotHeldField } from './read-fact-fields.js';
import type { AnswerOf } from './types.js';

type FactBody = Omit<AnswerOf<'fact'>, 'question' | 'interpretations'>;

/** Offered when the asked fact is not held: what people usually want next. */
const OFFERED: readonly FactField[] = ['cost', 'minutes', 'passing', 'prerequisites'];

export function answerFact(
  credentials: readonly string[],
  fields: readonly FactField[],
  notHeld: readonly NotHeldField[],
  index: CatalogIndex,
  now: Date,
): FactBody {
  const subjects = viewCredentials(credentials, index, now);
  const offered = notHeld.length > 0 && fields.length === 0 ? [...OFFERED] : [];
  return { intent: 'fact', subjects, fields: [...new Set(fields)], notHeld: [...new Set(notHeld)], offered };
}
