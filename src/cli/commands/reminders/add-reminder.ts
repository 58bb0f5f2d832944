/** `certdesk reminders add`: subscribe a channel (or update its subscription) from the terminal. */
import { describeScope, describeSettings } from '../../../reminders/describe-subscription.js';
import { ReminderInputError } from '../../../reminders/reminder-input-error.js';
import { parseLeads } from '../../../reminders/reminder-settings.js';
import type { ReminderScope } from '../../../reminders/reminder-types.js';
import { subscribe } from '../../../reminders/subscribe.js';
import { type CliIo, type ExitCode, UsageError } from '../../cli-io.js';
import { loadIndexForCli } from '../../load-index-for-cli.js';
import { REMINDERS_USAGE, type RemindersOptions } from './parse-reminders-options.js';
import { withStore } from './with-store.js';

function scopeOf(values: RemindersOptions): ReminderScope {
  if (values.only !== undefined && values.issuer !== undefined) {
    throw new UsageError('use --only or --issuer, not both', REMINDERS_USAGE);
  }
  if (values.only !== undefined) {
    const ids = values.only
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    if (ids.length === 0)
      throw new UsageError('--only needs credential ids, like --only aaism,scs-c03', REMINDERS_USAGE);
    return { kind: 'credentials', ids };
  }
  if (values.issuer !== undefined) return { kind: 'issuer', id: values.issuer.trim().toLowerCase() };
  return { kind: 'all' };
}

export async function addReminder(values: RemindersOptions, io: CliIo): Promise<ExitCode> {
  if (!values.team)
    throw new UsageError('reminders add needs --team (the Slack team id, like T012ABC)', REMINDERS_USAGE);
  if (!values.channel)
    throw new UsageError('reminders add needs --channel (a channel id, like C012ABC)', REMINDERS_USAGE);
  if (values.hour !== undefined && !/^\d{1,2}$/.test(values.hour)) {
    throw new UsageError(`--hour takes a whole hour from 0 to 23, not "${values.hour}"`, REMINDERS_USAGE);
  }
  const scope = scopeOf(values);
  const index = await loadIndexForCli(io);
  if (!index) return 1;
  const { team, channel } = values;
  return withStore(io, async (store) => {
    try {
      const { subscription, created } = await subscribe(store, {
        team,
        enterprise: values.enterprise ?? '',
        channel,
        scope,
        leads: values.lead === undefined ? undefined : parseLeads(values.lead),
        hour: values.hour === undefined ? undefined : Number(values.hour),
        tz: values.tz,
        actor: 'cli',
        now: io.now(),
        catalog: index.catalog,
      });
      io.stdout(
        `${created ? 'Subscribed' : 'Updated'} ${channel} (${team}) to ${describeScope(subscription.scope)}: ${describeSettings(subscription)}. Id: ${subscription.id}\n`,
      );
      return 0;
    } catch (err) {
      if (err instanceof ReminderInputError) throw new UsageError(err.message, REMINDERS_USAGE);
      throw err;
    }
  });
}
