/**
 * Calendar arithmetic for the due rule, in a subscription's time zone (pure; @date-fns/tz does the
 * zone math, so 09:00 in New York stays 09:00 across the daylight-saving changes).
 * Dates are YYYY-MM-DD strings; instants are Dates.
 */
import { TZDate } from '@date-fns/tz';
import { addDays } from '../answer/utc-day.js';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function dateParts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new RangeError(`not a date: ${date}`);
  return [y, m, d];
}

/** True when `tz` is an IANA time zone this runtime knows (Europe/Berlin, UTC, America/New_York). */
export function isTimeZone(tz: string): boolean {
  if (tz.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date `instant` falls on in `tz`. */
export function localDateOf(instant: Date, tz: string): string {
  const local = new TZDate(instant.getTime(), tz);
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** `date` at `hour`:00 local time in `tz` (an hour skipped by a DST change moves forward with the clock). */
export function atLocalHour(date: string, hour: number, tz: string): Date {
  const [y, m, d] = dateParts(date);
  return new Date(new TZDate(y, m - 1, d, hour, 0, 0, tz).getTime());
}

/** The first `hour`:00 in `tz` at or after `instant`. */
export function nextLocalHour(instant: Date, hour: number, tz: string): Date {
  const today = localDateOf(instant, tz);
  const candidate = atLocalHour(today, hour, tz);
  return candidate.getTime() >= instant.getTime() ? candidate : atLocalHour(addDays(today, 1), hour, tz);
}
