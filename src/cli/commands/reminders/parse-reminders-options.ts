/** The usage and options of `certdesk reminders`, shared by its subcommands. */
import { parseOptions } from '../../parse-options.js';

export const REMINDERS_USAGE = `usage: certdesk reminders add --team T --channel C [--enterprise E] [--lead 90,30,7,1] [--only ID,...] [--issuer ID] [--hour 9] [--tz Area/City]
       certdesk reminders list [--team T] [--json]
       certdesk reminders run [--now DATE] [--dry-run] [--json]

DATE is YYYY-MM-DD (that day, 12:00 UTC) or a full ISO 8601 timestamp. Without --only or --issuer a
channel hears about every dated change; --tz defaults to UTC, --hour to 9 (09:00).`;

const OPTIONS = {
  team: { type: 'string' },
  enterprise: { type: 'string' },
  channel: { type: 'string' },
  lead: { type: 'string' },
  only: { type: 'string' },
  issuer: { type: 'string' },
  hour: { type: 'string' },
  tz: { type: 'string' },
  json: { type: 'boolean', default: false },
  now: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
} as const;

export type RemindersOptions = ReturnType<typeof parseRemindersOptions>['values'];

export function parseRemindersOptions(args: string[]) {
  return parseOptions(args, OPTIONS, REMINDERS_USAGE);
}
