import type { PostMetadata } from './reminder-poster.js';
import { type ChannelRef, type ReminderKey, reminderKeyString } from './reminder-types.js';

/** The reminder keys a message carries, as Slack message metadata (needs only chat:write). */
export function buildReminderMetadata(channel: ChannelRef, reminders: readonly ReminderKey[]): PostMetadata {
  return {
    eventType: 'certdesk_reminder',
    payload: {
      team: channel.team,
      enterprise: channel.enterprise,
      channel: channel.channel,
      reminder_keys: reminders.map(reminderKeyString).join(','),
      reminders: reminders.map((r) => ({ credential: r.credentialId, kind: r.kind, date: r.date, lead: r.lead })),
    },
  };
}
