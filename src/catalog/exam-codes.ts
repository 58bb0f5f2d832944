/**
 * Exam versions (codes) of a certification. A code's status is computed from the events that name it
 * and today, never stored: announced (launch still ahead), current, previous (its last day passed, or
 * a newer code is current and it has no dated end of its own). Pure.
 */
import { type Credential, type CredentialEvent, eventDateValues } from './schema.js';

export type CodeStatus = 'announced' | 'current' | 'previous';

export interface CodeState {
  code: string;
  status: CodeStatus;
  /** The code's last day to sit (last-exam) or retirement day, as written (day or month), if dated. */
  ends?: { kind: 'last-exam' | 'retired'; date: string; event: CredentialEvent } | undefined;
  launches?: { date: string; event: CredentialEvent } | undefined;
}

/** First day of a day-or-month date. */
export function firstDayOf(date: string): string {
  return date.length === 7 ? `${date}-01` : date;
}

/** Last day of a day-or-month date. */
export function lastDayOf(date: string): string {
  if (date.length !== 7) return date;
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date}-${String(last).padStart(2, '0')}`;
}

/** The earliest of an event's primary dates (claims may disagree). */
export function earliestDate(event: CredentialEvent): string {
  return [...eventDateValues(event.date)].sort((a, b) => firstDayOf(a).localeCompare(firstDayOf(b)))[0] ?? '';
}

/** True when the certification itself (not one exam code) ends: a last-exam or retired event with no code. */
export function certificationEnds(c: Credential): boolean {
  return c.events.some((e) => e.code === undefined && (e.kind === 'last-exam' || e.kind === 'retired'));
}

/** Each exam code of the credential with its status on `today` (YYYY-MM-DD), newest first. */
export function codeStates(c: Credential, today: string): CodeState[] {
  const states: CodeState[] = c.exam.codes.map((x) => {
    const own = c.events.filter((e) => e.code === x.code);
    const end = own.find((e) => e.kind === 'last-exam' || e.kind === 'retired');
    const launch = own.find((e) => e.kind === 'launched');
    const ends = end ? { kind: end.kind as 'last-exam' | 'retired', date: earliestDate(end), event: end } : undefined;
    const launches = launch ? { date: earliestDate(launch), event: launch } : undefined;
    let status: CodeStatus = 'current';
    if (ends) {
      const last = lastDayOf(ends.date);
      // last-exam: the day itself is still sittable; retired: gone on the day.
      if (ends.kind === 'last-exam' ? today > last : today >= firstDayOf(ends.date)) status = 'previous';
    }
    if (status === 'current' && launches && today < firstDayOf(launches.date)) status = 'announced';
    return { code: x.code, status, ends, launches };
  });
  // A code with no dated end of its own is previous once a newer code is current.
  let newerCurrent = false;
  for (const s of states) {
    if (s.status === 'current' && newerCurrent && s.ends === undefined) s.status = 'previous';
    if (s.status === 'current') newerCurrent = true;
  }
  return states;
}

/** The newest exam code (codes are listed newest first). */
export function newestCode(c: Credential): string | undefined {
  return c.exam.codes[0]?.code;
}

/** Codes that are earlier versions without a date at hand: not the newest, or of a certification that ended. */
export function isOlderCode(c: Credential, code: string): boolean {
  const i = c.exam.codes.findIndex((x) => x.code === code);
  return i > 0 || (i === 0 && certificationEnds(c));
}
