/**
 * When a catalog entry is due for review: its `verified` date is older than 180 days, or older than 60
 * days when one of its dated changes falls within the next 120 days (facts move around such dates).
 * Pure: today comes in. Cards of due entries say they may be out of date; `certdesk catalog stale`
 * lists them.
 */
import { eventDay } from './fact-values.js';
import type { Credential } from './schema.js';

export const REVIEW_AFTER_DAYS = 180;
export const REVIEW_NEAR_CHANGE_AFTER_DAYS = 60;
export const NEAR_CHANGE_WITHIN_DAYS = 120;

export interface ReviewState {
  due: boolean;
  verifiedDaysAgo: number;
  /** The age past which this entry is due: 180, or 60 with a dated change near. */
  threshold: number;
  /** Days past the threshold (negative while not due). */
  overdueDays: number;
  /** The nearest dated change within the next 120 days, when there is one. */
  nearChange: { id: string; kind: string; day: string; inDays: number } | null;
}

const DAY_MS = 86_400_000;

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function reviewState(credential: Credential, today: string): ReviewState {
  const verifiedDaysAgo = daysFrom(credential.verified, today);
  const near = credential.events
    .map((e) => ({ id: e.id, kind: e.kind, day: eventDay(e), inDays: daysFrom(today, eventDay(e)) }))
    .filter((e) => e.inDays >= 0 && e.inDays <= NEAR_CHANGE_WITHIN_DAYS)
    .sort((a, b) => a.inDays - b.inDays)[0];
  const threshold = near ? REVIEW_NEAR_CHANGE_AFTER_DAYS : REVIEW_AFTER_DAYS;
  return {
    due: verifiedDaysAgo > threshold,
    verifiedDaysAgo,
    threshold,
    overdueDays: verifiedDaysAgo - threshold,
    nearChange: near ?? null,
  };
}
