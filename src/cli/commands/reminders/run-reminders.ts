/** `certdesk reminders run`: one reminder pass from the terminal (or cron), with a report of what it did. */
import { ConfigError, type EncryptionConfig, type OAuthConfig, parseBaseConfig } from '../../../config.js';
import { createInstallations } from '../../../oauth/create-oauth-parts.js';
import { processHolderId } from '../../../reminders/create-reminder-service.js';
import { createSlackPoster } from '../../../reminders/create-slack-poster.js';
import type { ReminderPassReport } from '../../../reminders/reminder-pass-types.js';
import { runReminderPass } from '../../../reminders/run-reminder-pass.js';
import { plural } from '../../../render/doc/format-values.js';
import { renderReminderText } from '../../../render/text/render-reminder-text.js';
import type { Store } from '../../../store/store.js';
import type { CliIo, ExitCode } from '../../cli-io.js';
import { loadIndexForCli } from '../../load-index-for-cli.js';
import { readNowOption } from '../../parse-now.js';
import { createClientLogger, createQuietLogger } from './create-quiet-logger.js';
import { REMINDERS_USAGE, type RemindersOptions } from './parse-reminders-options.js';
import { withStore } from './with-store.js';

export async function runReminders(values: RemindersOptions, io: CliIo): Promise<ExitCode> {
  const now = readNowOption(values.now, io.now, REMINDERS_USAGE);
  const dryRun = values['dry-run'] === true;
  const config = parseBaseConfig(io.env);
  const token = config.botToken;
  const holder = `cli:${processHolderId()}`;
  // OAuth mode: each workspace's own token, refreshed first when about to expire.
  const oauth = config.oauth && config.encryption ? { oauth: config.oauth, encryption: config.encryption } : undefined;
  if (!dryRun && !token && !oauth) {
    throw new ConfigError([
      'SLACK_BOT_TOKEN is missing — reminders run posts as the app (a bot token, xoxb-…); use --dry-run to only list what would be sent',
    ]);
  }
  const index = await loadIndexForCli(io);
  if (!index) return 1;
  return withStore(io, async (store) => {
    const report = await runReminderPass({
      store,
      catalog: index.catalog,
      now,
      dryRun,
      poster: posterFor(store, { token, oauth, slackApiUrl: config.slackApiUrl, holder, io }),
      holder,
      logger: createQuietLogger(io),
    });
    io.stdout(values.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : reportText(report));
    return report.channels.some((c) => ['failed', 'server-error', 'unconfirmed'].includes(c.outcome)) ? 1 : 0;
  });
}

function posterFor(
  store: Store,
  opts: {
    token: string | undefined;
    oauth: { oauth: OAuthConfig; encryption: EncryptionConfig } | undefined;
    slackApiUrl: string | undefined;
    holder: string;
    io: CliIo;
  },
) {
  const logger = createClientLogger(createQuietLogger(opts.io));
  if (opts.oauth) {
    const installations = createInstallations({
      ...opts.oauth,
      store,
      log: createQuietLogger(opts.io),
      clientLogger: logger,
      slackApiUrl: opts.slackApiUrl,
      holder: opts.holder,
    });
    return createSlackPoster({ tokenFor: (ws) => installations.botToken(ws), slackApiUrl: opts.slackApiUrl, logger });
  }
  return opts.token ? createSlackPoster({ token: opts.token, slackApiUrl: opts.slackApiUrl, logger }) : undefined;
}

function reportJson(report: ReminderPassReport) {
  return {
    now: report.now,
    dryRun: report.dryRun,
    unconfirmed: report.unconfirmed,
    channels: report.channels.map((c) => ({
      team: c.team,
      enterprise: c.enterprise,
      channel: c.channel,
      outcome: c.outcome,
      ...(c.error ? { error: c.error } : {}),
      ...(c.retryAfterMs ? { retryAfterMs: c.retryAfterMs } : {}),
      messages: c.messages.map((m) => ({ ...(m.ts ? { ts: m.ts } : {}), text: m.text, reminders: m.reminders })),
    })),
  };
}

function reportText(report: ReminderPassReport): string {
  if (report.channels.length === 0 && report.unconfirmed === 0) return `Nothing due at ${report.now}.\n`;
  const out: string[] = [];
  for (const c of report.channels) {
    const items = c.messages.reduce((sum, m) => sum + m.model.items.length, 0);
    const what = `${plural(c.messages.length, 'message')} (${plural(items, 'item')})`;
    const head = `${c.channel} (${c.team}${c.enterprise ? `/${c.enterprise}` : ''})`;
    if (c.outcome === 'would-send') out.push(`${head}: would send ${what}`);
    else if (c.outcome === 'sent') out.push(`${head}: sent ${what}`);
    else if (c.outcome === 'nothing-claimed') out.push(`${head}: another pass is sending these`);
    else if (c.outcome === 'rate-limited')
      out.push(`${head}: rate limited, retried after ${Math.ceil((c.retryAfterMs ?? 0) / 1000)} s`);
    else if (c.outcome === 'paused') out.push(`${head}: paused (${c.error}); resume with /cert remind resume`);
    else if (c.outcome === 'server-error')
      out.push(`${head}: Slack failed (${c.error}); retried after ${Math.ceil((c.retryAfterMs ?? 0) / 1000)} s`);
    else if (c.outcome === 'unconfirmed')
      out.push(`${head}: outcome unknown (${c.error}): Slack never answered; not posted again`);
    else if (c.outcome === 'stopped') out.push(`${head}: stopped before posting; the next pass sends these`);
    else out.push(`${head}: failed (${c.error}); retried next pass`);
    for (const m of c.messages) out.push(renderReminderText(m.model).trimEnd());
  }
  if (report.unconfirmed > 0)
    out.push(`${plural(report.unconfirmed, 'reminder')} with unknown outcome (not posted again)`);
  return `${out.join('\n')}\n`;
}
