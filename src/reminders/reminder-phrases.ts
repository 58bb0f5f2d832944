/** Words for reminders (pure), shared by the Slack and terminal renderings. */
import type { EventKind } from '../catalog/schema.js';

const CHANGE_LABELS: Record<EventKind, string> = {
  announced: 'Announced',
  launched: 'Launches',
  'beta-starts': 'Beta exam opens',
  'beta-ends': 'Beta exam closes',
  'outline-change': 'Exam outline changes',
  'version-change': 'New exam version',
  'price-change': 'Price changes',
  'last-exam': 'Last day to sit the exam',
  retired: 'Retires',
  'framework-version': 'New framework version',
};

export function changeLabel(kind: EventKind): string {
  return CHANGE_LABELS[kind];
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2026-12-24 → "Thu 24 Dec 2026" (a calendar date: no time zone involved). */
export function formatReminderDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
