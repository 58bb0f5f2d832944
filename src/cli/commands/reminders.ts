/**
 * `certdesk reminders add | list | run`: channel reminders for administrators and for deployments
 * that prefer a cron pass to the app's own tick. Same DATABASE_URL, SLACK_BOT_TOKEN and SLACK_API_URL
 * as the app.
 */
import { type CliCommand, UsageError } from '../cli-io.js';
import { addReminder } from './reminders/add-reminder.js';
import { listReminders } from './reminders/list-reminders.js';
import { parseRemindersOptions, REMINDERS_USAGE, type RemindersOptions } from './reminders/parse-reminders-options.js';
import { runReminders } from './reminders/run-reminders.js';

export { REMINDERS_USAGE } from './reminders/parse-reminders-options.js';

/** Options that only some subcommands take. */
function allowOnly(values: RemindersOptions, sub: string, allowed: string[]) {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    if (!allowed.includes(name)) throw new UsageError(`reminders ${sub} does not take --${name}`, REMINDERS_USAGE);
  }
}

export const remindersCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parseRemindersOptions(args);
  const [sub, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`, REMINDERS_USAGE);
  switch (sub) {
    case 'add':
      allowOnly(values, sub, ['team', 'enterprise', 'channel', 'lead', 'only', 'issuer', 'hour', 'tz']);
      return addReminder(values, io);
    case 'list':
      allowOnly(values, sub, ['team', 'enterprise', 'json']);
      return listReminders(values, io);
    case 'run':
      allowOnly(values, sub, ['now', 'dry-run', 'json']);
      return runReminders(values, io);
    default:
      throw new UsageError(sub ? `unknown reminders command "${sub}"` : 'reminders needs a command', REMINDERS_USAGE);
  }
};
