/** What changes when: upcoming dated changes within the horizon, and what changed recently. */
import type { CatalogIndex } from '../catalog/build-catalog-index.js';
import type { EventKind } from '../catalog/schema.js';
import { viewCredentials } from './credential-view.js';
import { datedChanges } from './dated-changes.js';
import type { AnswerOf, DatedChange, Query } from './types.js';
import { addDays, daysBetween, utcDay } from './utc-day.js';

/** What a deadlines question narrows to: kinds, a year or month, exam versions, the past, a month to end by. */
type DeadlinesRange = Omit<
  Extract<Query, { intent: 'deadlines' }>,
  'intent' | 'credentials' | 'issuer' | 'horizonDays'
>;

type DeadlinesBody = Omit<AnswerOf<'deadlines'>, 'question' | 'interpretations'>;

/** How far back "recent" reaches when no credential is named. */
export const RECENT_DAYS = 90;

/** How many past changes an answer with nothing upcoming or recent still shows. */
export const LATEST_COUNT = 3;

const isRetirement = (d: DatedChange) => d.kind === 'last-exam' || d.kind === 'retired';

/** Kinds of change that start or end an exam version when they carry an exam code. */
const VERSION_KINDS = new Set<EventKind>(['announced', 'launched', 'beta-starts', 'beta-ends', 'last-exam', 'retired']);

/** A new or retiring exam version (an exam code launched, last offered, retired), or a version change. */
function isExamVersionChange(d: DatedChange): boolean {
  return d.kind === 'version-change' || (d.code !== undefined && VERSION_KINDS.has(d.kind));
}

export function answerDeadlines(
  credentials: readonly string[],
  issuerId: string | null,
  horizonDays: number,
  index: CatalogIndex,
  now: Date,
  only: DeadlinesRange = {},
): DeadlinesBody {
  const named = only.year ?? (only.yearOffset === undefined ? undefined : now.getUTCFullYear() + only.yearOffset);
  // "retiring by March 2027": the range ends with that month of the year named.
  if (only.untilMonth) horizonDays = daysUntilMonth(utcDay(now), only.untilMonth, named);
  const scoped = credentials.length > 0;
  const issuer = issuerId === null ? null : (index.issuer(issuerId) ?? null);
  const today = utcDay(now);
  const asked = only.thisMonth ? Number(today.slice(5, 7)) : only.inMonth;
  const month = asked === undefined ? undefined : monthOf(today, asked, named);
  // "by March 2027" is a range from today to the end of that month, not the whole of 2027.
  const year = month === undefined && (!only.untilMonth || only.past) ? named : undefined;
  const changes = datedChanges(index, now, {
    ...(scoped ? { credentials: [...credentials] } : {}),
    ...(issuer ? { issuer: issuer.id } : {}),
  }).filter(
    (d) =>
      (!only.kinds || only.kinds.includes(d.kind)) &&
      (!only.examVersions || isExamVersionChange(d)) &&
      (year === undefined || d.date.startsWith(String(year))) &&
      (month === undefined || d.date.startsWith(month)),
  );
  // A year or a question in the past tense reaches back to any past date ("retired certs", "what launched in 2025").
  const dated = year !== undefined || month !== undefined;
  const recentFrom = scoped || only.past || dated ? Number.NEGATIVE_INFINITY : -RECENT_DAYS;
  const horizon = dated ? Number.POSITIVE_INFINITY : horizonDays;
  // In the past tense ("what retired in 2025", "retired certs") nothing still to come is asked about.
  const upcoming = only.past ? [] : changes.filter((d) => d.days >= 0 && d.days <= horizon);
  const recent = changes.filter((d) => d.days < 0 && d.days >= recentFrom).reverse();
  const latest = upcoming.length === 0 && recent.length === 0 ? latestChanges(changes.filter((d) => d.days < 0)) : [];
  return {
    intent: 'deadlines',
    scope: { credentials: viewCredentials(credentials, index, now), issuer },
    horizonDays,
    ...(only.kinds ? { kinds: [...only.kinds] } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(only.examVersions ? { examVersions: true } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(only.past ? { past: true } : {}),
    upcoming,
    recent,
    ...(latest.length > 0 ? { latest } : {}),
  };
}

/**
 * Days from today to the end of a range named by a month: "before June" ends the day before the next
 * 1 June, "by June" on the last day of June (this month's, when it is June now).
 */
export function daysUntilMonth(today: string, until: { month: number; through: boolean }, named?: number): number {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const year = named ?? (until.month > m || (until.through && until.month === m) ? y : y + 1);
  const first = `${year}-${String(until.month).padStart(2, '0')}-01`;
  const end = until.through ? addDays(monthAfter(first), -1) : addDays(first, -1);
  return Math.max(0, daysBetween(today, end));
}

/**
 * "in December": that month of the year named, else its next occurrence from today (this month's when
 * it is that month now), as YYYY-MM.
 */
export function monthOf(today: string, month: number, year?: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const inYear = year ?? (month >= m ? y : y + 1);
  return `${inYear}-${String(month).padStart(2, '0')}`;
}

function monthAfter(first: string): string {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The last LATEST_COUNT past changes, newest first, with the latest retirement always among them. */
function latestChanges(past: readonly DatedChange[]): DatedChange[] {
  const newest = past.slice(-LATEST_COUNT).reverse();
  if (newest.some(isRetirement)) return newest;
  const retirement = past.filter(isRetirement).at(-1);
  return retirement ? [...newest.slice(0, LATEST_COUNT - 1), retirement] : newest;
}
