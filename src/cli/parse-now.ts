import { UsageError } from './cli-io.js';

/**
 * `--now` values: YYYY-MM-DD means that day at 12:00 UTC (midday, so the date is the same in
 * almost every time zone); anything else must be a full ISO 8601 timestamp with a time.
 */
export function parseNow(value: string): Date | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const d = new Date(`${value}T12:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : d;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) || !isRealDay(value.slice(0, 10)) ? null : d;
}

/** The `--now` option of a command: the clock's now when absent; a usage error that says what is wrong. */
export function readNowOption(value: string | undefined, now: () => Date, usage: string): Date {
  if (value === undefined) return now();
  const parsed = parseNow(value);
  if (parsed) return parsed;
  const day = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(value)?.[1];
  if (day !== undefined && !isRealDay(day)) throw new UsageError(`--now ${day} is not a real date`, usage);
  throw new UsageError(`--now takes YYYY-MM-DD or an ISO 8601 timestamp, not "${value}"`, usage);
}

function isRealDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}
