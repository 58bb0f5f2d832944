/** What changes when: upcoming dated changes within the horizon, and what changed recently. */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { EventKind } from '../catalog/schema.js';
import { viewCredentials } from './credential-view.js';
import { datedChanges } from './dated-changes.js';
import type { AnswerOf, DatedChange } from './types.js';

type DeadlinesBody = Omit<AnswerOf<'deadlines'>, 'question' | 'interpretations'>;

/** How far back "recent" reaches when no credential is named. */
export const RECENT_DAYS = 90;

/** How many past changes an answer with nothing upcoming or recent still shows. */
export const LATEST_COUNT = 3;

const isRetirement = (d: DatedChange) => d.kind === 'last-exam' || d.kind === 'retired';

export function answerDeadlines(
  credentials: readonly string[],
  issuerId: string | null,
  horizonDays: number,
  index: CatalogIndex,
  now: Date,
  only: { kinds?: readonly EventKind[] | undefined; year?: number | undefined; past?: boolean | undefined } = {},
): DeadlinesBody {
  const scoped = credentials.length > 0;
  const issuer = issuerId === null ? null : (index.issuer(issuerId) ?? null);
  const year = only.year;
  const changes = datedChanges(index, now, {
    ...(scoped ? { credentials: [...credentials] } : {}),
    ...(issuer ? { issuer: issuer.id } : {}),
  }).filter(
    (d) => (!only.kinds || only.kinds.includes(d.kind)) && (year === undefined || d.date.startsWith(String(year))),
  );
  // A year or a question in the past tense reaches back to any past date ("retired certs", "what launched in 2025").
  const recentFrom = scoped || only.past || year !== undefined ? Number.NEGATIVE_INFINITY : -RECENT_DAYS;
  const horizon = year !== undefined ? Number.POSITIVE_INFINITY : horizonDays;
  const upcoming = changes.filter((d) => d.days >= 0 && d.days <= horizon);
  const recent = changes.filter((d) => d.days < 0 && d.days >= recentFrom).reverse();
  const latest = upcoming.length === 0 && recent.length === 0 ? latestChanges(changes.filter((d) => d.days < 0)) : [];
  return {
    intent: 'deadlines',
    scope: { credentials: viewCredentials(credentials, index, now), issuer },
    horizonDays,
    ...(only.kinds ? { kinds: [...only.kinds] } : {}),
    ...(year !== undefined ? { year } : {}),
    upcoming,
    recent,
    ...(latest.length > 0 ? { latest } : {}),
  };
}

/** The last LATEST_COUNT past changes, newest first, with the latest retirement always among them. */
function latestChanges(past: readonly DatedChange[]): DatedChange[] {
  const newest = past.slice(-LATEST_COUNT).reverse();
  if (newest.some(isRetirement)) return newest;
  const retirement = past.filter(isRetirement).at(-1);
  return retirement ? [...newest.slice(0, LATEST_COUNT - 1), retirement] : newest;
}
