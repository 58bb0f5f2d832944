/** A reminder message as terminal text (pure): what `certdesk reminders run --dry-run` prints. */
import type { ReminderMessageModel } from '../../reminders/build-reminder-message.js';
import { changeLabel, formatReminderDate } from '../../reminders/reminder-phrases.js';
import { relativeDays } from '../doc/format-values.js';

export function renderReminderText(model: ReminderMessageModel): string {
  const lines: string[] = [];
  for (const item of model.items) {
    const changes = item.changes
      .map((c) => `${c.code ? `exam ${c.code}: ` : ''}${changeLabel(c.kind)} (${c.lead}-day reminder)`)
      .join(' · ');
    lines.push(`${item.acronym} — ${item.name}${item.issuerName ? ` (${item.issuerName})` : ''}`);
    lines.push(`  ${changes}: ${item.dateLabel ?? formatReminderDate(item.date)}, ${relativeDays(item.days)}`);
    for (const note of item.dateNotes) lines.push(`  ${note}`);
    const version = item.changes.find((c) => c.code !== undefined);
    if (version) {
      const by = version.replacedByCode ? `; ${version.replacedByCode} replaces ${version.code}` : '';
      lines.push(`  ${item.acronym} itself stays active${by}.`);
    }
    if (item.replacedBy.length > 0) {
      lines.push(`  Instead: ${item.replacedBy.map((r) => `${r.acronym} (${r.name})`).join(', ')}`);
    }
    for (const c of item.changes) if (c.note) lines.push(`  Note: ${c.note}`);
    for (const s of item.sources) lines.push(`  Source: ${s.title}${s.url ? ` <${s.url}>` : ''}`);
  }
  if (model.subscriptions.length > 0) {
    lines.push(`  For: ${model.subscriptions.map((s) => `${s.scope} [${s.id}]`).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}
