/** Short human descriptions of a subscription's scope and settings (pure), for lists and the change log. */
import type { ReminderScope } from './reminder-types.js';

export function describeScope(scope: ReminderScope, name: (id: string) => string = (id) => id): string {
  switch (scope.kind) {
    case 'all':
      return 'every dated change';
    case 'credentials':
      return joinList(scope.ids.map(name));
    case 'issuer':
      return `everything from ${name(scope.id)}`;
  }
}

/** "90, 30, 7 and 1 days before, at 09:00 Europe/Berlin" */
export function describeSettings(s: { leads: readonly number[]; hour: number; tz: string }): string {
  const before = s.leads.filter((d) => d > 0);
  const parts: string[] = [];
  if (before.length > 0)
    parts.push(`${joinList(before.map(String))} ${before.length === 1 && before[0] === 1 ? 'day' : 'days'} before`);
  if (s.leads.includes(0)) parts.push('on the day');
  return `${parts.join(' and ')}, at ${String(s.hour).padStart(2, '0')}:00 ${s.tz}`;
}

export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
