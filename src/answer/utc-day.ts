/** Calendar days in UTC, written YYYY-MM-DD: how every date rule of the engine counts. */

const DAY_MS = 86_400_000;

/** Today's UTC date of an instant. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  return new Date((dayNumber(day) + n) * DAY_MS).toISOString().slice(0, 10);
}
