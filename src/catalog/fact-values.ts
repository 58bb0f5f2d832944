/**
 * Plain readings of raw catalog facts for code that needs one value and has no sources to weigh
 * (eligibility checks, dates for reminders). Answers that show a fact resolve it by source tier
 * instead (answer/resolve-fact.ts). Pure.
 */
import { firstDayOf } from './exam-codes.js';
import {
  type AssessmentKind,
  type Credential,
  type CredentialEvent,
  type EventDate,
  eventDateValues,
  type Fact,
  isClaims,
  isFactState,
  type PrerequisiteAlt,
} from './schema.js';

/** The fact's value when it has exactly one (a plain value, or claims that all agree); else null. */
export function simpleValue<T>(fact: Fact<T>): T | null {
  if (fact === undefined || isFactState(fact)) return null;
  if (!isClaims(fact)) return fact;
  const [first, ...rest] = fact.claims;
  if (!first) return null;
  const key = JSON.stringify(first.value);
  return rest.every((c) => JSON.stringify(c.value) === key) ? first.value : null;
}

/** The day reminders and ordering count from: the 1st of a month date, the earliest of claimed dates. */
export function dayOf(date: EventDate): string {
  return eventDateValues(date).map(firstDayOf).sort()[0] ?? '';
}

/** An event's primary day (see dayOf). */
export function eventDay(event: CredentialEvent): string {
  return dayOf(event.date);
}

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A catalog date as its source gave it: "2027-06-11", or "December 2026" for a month. */
export function formatDate(date: string): string {
  if (date.includes(' or ')) return date.split(' or ').map(formatDate).join(' or ');
  if (date.length !== 7) return date;
  const [year, month] = date.split('-');
  return `${MONTH_NAMES[Number(month) - 1] ?? month} ${year}`;
}

/** True when the event's primary date is a month, not a day. */
export function isMonthDate(date: EventDate): boolean {
  return eventDateValues(date).some((d) => d.length === 7);
}

/** How the credential is assessed, when one reading is known. */
export function assessmentKinds(c: Credential): AssessmentKind[] | null {
  return simpleValue(c.assessment);
}

/** What must be held before sitting the exam, when one reading is known: 'none', the alternatives, or null. */
export function requiredOf(c: Credential): 'none' | { any_of: PrerequisiteAlt[] } | null {
  return simpleValue<'none' | { any_of: PrerequisiteAlt[] }>(c.prerequisites.required);
}

/** True when `c` lists credential `id` among its required prerequisite alternatives. */
export function requiresCredential(c: Credential, id: string): boolean {
  const required = requiredOf(c);
  return (
    !!required && required !== 'none' && required.any_of.some((alt) => 'credential' in alt && alt.credential === id)
  );
}
