/** What changes when: upcoming dated changes within the horizon, and what changed recently. */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import { viewCredentials } from './credential-view.js';
import { datedChanges } from './dated-changes.js';
import type { AnswerOf } from './types.js';

type DeadlinesBody = Omit<AnswerOf<'deadlines'>, 'question' | 'interpretations'>;

/** How far back "recent" reaches when no credential is named. */
export const RECENT_DAYS = 90;

export function answerDeadlines(
  credentials: readonly string[],
  issuerId: string | null,
  horizonDays: number,
  index: CatalogIndex,
  now: Date,
): DeadlinesBody {
  const scoped = credentials.length > 0;
  const issuer = issuerId === null ? null : (index.issuer(issuerId) ?? null);
  const changes = datedChanges(index, now, {
    ...(scoped ? { credentials: [...credentials] } : {}),
    ...(issuer ? { issuer: issuer.id } : {}),
  });
  const recentFrom = scoped ? Number.NEGATIVE_INFINITY : -RECENT_DAYS;
  return {
    intent: 'deadlines',
    scope: { credentials: viewCredentials(credentials, index, now), issuer },
    horizonDays,
    upcoming: changes.filter((d) => d.days >= 0 && d.days <= horizonDays),
    recent: changes.filter((d) => d.days < 0 && d.days >= recentFrom).reverse(),
  };
}
