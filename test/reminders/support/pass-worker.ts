/**
 * One reminder pass in its own process, for the multi-process tests. Configured by environment:
 * DATABASE_URL, SLACK_API_URL, PASS_NOW (ISO), HOLDER, LEASE_MS, CONCURRENCY. Each worker posts with its
 * own token (xoxb-worker-HOLDER), so the Slack stand-in can tell the processes apart. Prints the pass
 * report as JSON.
 */
import { pino } from 'pino';
import { createSlackPoster } from '../../../src/reminders/create-slack-poster.js';
import { runReminderPass } from '../../../src/reminders/run-reminder-pass.js';
import { openStore } from '../../../src/store/open-store.js';
import { reminderCatalog } from '../reminder-fixtures.js';

const env = process.env;
const need = (name: string): string => {
  const v = env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};

const store = await openStore(need('DATABASE_URL'), { migrate: false });
const poster = createSlackPoster({ token: `xoxb-worker-${need('HOLDER')}`, slackApiUrl: need('SLACK_API_URL') });
const report = await runReminderPass({
  store,
  catalog: reminderCatalog(),
  now: new Date(need('PASS_NOW')),
  poster,
  holder: need('HOLDER'),
  leaseMs: Number(env.LEASE_MS ?? 120_000),
  channelConcurrency: Number(env.CONCURRENCY ?? 4),
  logger: pino({ level: 'silent' }),
});
await store.close();
process.stdout.write(`${JSON.stringify(report)}\n`);
