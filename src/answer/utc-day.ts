/** Calendar days in UTC, written YYYY-MM-DD: how every date rule of the engine counts. */

const DAY_MS = 86_400_000;

/** The last instant asked and its day: an answer asks for the same `now` once per credential it shows. */
let last = { time: Number.NaN, day: '' };

/** Today's UTC date of an instant. */
export function utcDay(now: Date): string {
  const time = now.getTime();
  if (time !== last.time) last = { time, day: now.toISOString().slice(0, 10) };
  return last.day;
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
