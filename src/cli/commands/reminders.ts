/**
 * `certdesk reminders add | list | run`: channel reminders for administrators and for deployments
 * that prefer a cron pass to the app's own tick. Same DATABASE_URL, SLACK_BOT_TOKEN and SLACK_API_URL
 * as the app.
 */
import { type Logger, LogLevel } from '@slack/web-api';
import type { Catalog } from '../../catalog/schema.js';
import { ConfigError, type EncryptionConfig, type OAuthConfig, parseBaseConfig, secretValues } from '../../config.js';
import { createScrubber } from '../../log/scrub-secrets.js';
import { createInstallations } from '../../oauth/create-oauth-parts.js';
import { processHolderId } from '../../reminders/create-reminder-service.js';
import { createSlackPoster } from '../../reminders/create-slack-poster.js';
import { describeScope, describeSettings } from '../../reminders/describe-subscription.js';
import { type ListedSubscription, listSubscriptions } from '../../reminders/list-subscriptions.js';
import { ReminderInputError } from '../../reminders/reminder-input-error.js';
import type { ReminderPassReport } from '../../reminders/reminder-pass-types.js';
import { parseLeads } from '../../reminders/reminder-settings.js';
import type { DeliveryRecord, ReminderScope } from '../../reminders/reminder-types.js';
import { runReminderPass } from '../../reminders/run-reminder-pass.js';
import { subscribe } from '../../reminders/subscribe.js';
import { renderReminderText } from '../../render/text/render-reminder-text.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { type CliCommand, type CliIo, type ExitCode, UsageError } from '../cli-io.js';
import { loadIndexForCli } from '../load-index-for-cli.js';
import { readNowOption } from '../parse-now.js';
import { parseOptions } from '../parse-options.js';

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

type Values = ReturnType<typeof parse>['values'];

function parse(args: string[]) {
  return parseOptions(args, OPTIONS, REMINDERS_USAGE);
}

/** Options that only some subcommands take. */
function allowOnly(values: Values, sub: string, allowed: string[]) {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    if (!allowed.includes(name)) throw new UsageError(`reminders ${sub} does not take --${name}`, REMINDERS_USAGE);
  }
}

export const remindersCommand: CliCommand = async (args, io) => {
  const { values, positionals } = parse(args);
  const [sub, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`, REMINDERS_USAGE);
  switch (sub) {
    case 'add':
      allowOnly(values, sub, ['team', 'enterprise', 'channel', 'lead', 'only', 'issuer', 'hour', 'tz']);
      return add(values, io);
    case 'list':
      allowOnly(values, sub, ['team', 'enterprise', 'json']);
      return list(values, io);
    case 'run':
      allowOnly(values, sub, ['now', 'dry-run', 'json']);
      return run(values, io);
    default:
      throw new UsageError(sub ? `unknown reminders command "${sub}"` : 'reminders needs a command', REMINDERS_USAGE);
  }
};

async function withStore(io: CliIo, fn: (store: Store) => Promise<ExitCode>): Promise<ExitCode> {
  const { databaseUrl, database } = parseBaseConfig(io.env);
  const store = await openStore(databaseUrl, { limits: database });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function scopeOf(values: Values): ReminderScope {
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

async function add(values: Values, io: CliIo): Promise<ExitCode> {
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

/** Reminders of each subscription whose post Slack never answered (unconfirmed, or sending with no process left). */
function unconfirmedBySubscription(deliveries: DeliveryRecord[], now: Date): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of deliveries) {
    const unknown = d.state === 'unconfirmed' || (d.state === 'sending' && d.leaseUntil.getTime() <= now.getTime());
    if (unknown) counts.set(d.subscriptionId, (counts.get(d.subscriptionId) ?? 0) + 1);
  }
  return counts;
}

function listedJson(l: ListedSubscription, unconfirmed: number) {
  const s = l.subscription;
  return {
    id: s.id,
    team: s.team,
    enterprise: s.enterprise,
    channel: s.channel,
    scope: s.scope,
    leads: s.leads,
    hour: s.hour,
    tz: s.tz,
    status: s.status,
    pausedReason: s.pausedReason,
    createdBy: s.createdBy,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    unconfirmed,
    next: l.next.map((n) => ({
      credential: n.credentialId,
      kind: n.kind,
      date: n.date,
      lead: n.lead,
      at: n.at.toISOString(),
    })),
  };
}

async function list(values: Values, io: CliIo): Promise<ExitCode> {
  const index = await loadIndexForCli(io);
  if (!index) return 1;
  const now = io.now();
  return withStore(io, async (store) => {
    const subs = await store.subscriptions.listEverywhere(values.team ? { team: values.team } : {});
    const workspaces = [...new Map(subs.map((s) => [`${s.team}|${s.enterprise}`, s])).values()];
    const listed: ListedSubscription[] = [];
    for (const ws of workspaces) {
      const r = await listSubscriptions(store, {
        team: ws.team,
        enterprise: ws.enterprise,
        catalog: index.catalog,
        now,
      });
      listed.push(...r.subscriptions);
    }
    const unconfirmed = unconfirmedBySubscription(await store.deliveries.all(), now);
    const count = (l: ListedSubscription) => unconfirmed.get(l.subscription.id) ?? 0;
    if (values.json) {
      io.stdout(
        `${JSON.stringify(
          listed.map((l) => listedJson(l, count(l))),
          null,
          2,
        )}\n`,
      );
      return 0;
    }
    if (listed.length === 0) {
      io.stdout('No reminder subscriptions.\n');
      return 0;
    }
    for (const l of listed) io.stdout(listedText(l, index.catalog, now, count(l)));
    const total = [...unconfirmed.values()].reduce((a, b) => a + b, 0);
    if (total > 0) {
      io.stdout(
        `${plural(total, 'reminder')} with unknown outcome: Slack never answered the post; not posted again.\n`,
      );
    }
    return 0;
  });
}

function listedText(
  l: ListedSubscription,
  catalog: Pick<Catalog, 'credentials'>,
  now: Date,
  unconfirmed: number,
): string {
  const s = l.subscription;
  const acronym = (id: string) => catalog.credentials.find((c) => c.id === id)?.acronym ?? id;
  const where = `${s.team}${s.enterprise ? `/${s.enterprise}` : ''} ${s.channel}`;
  const status = s.status === 'paused' ? `PAUSED (${s.pausedReason ?? 'unknown'})` : 'active';
  const lines = [`${s.id}  ${where}  ${status}`, `  ${describeScope(s.scope)}: ${describeSettings(s)}`];
  for (const n of l.next) {
    const when = n.at.getTime() <= now.getTime() ? 'due now' : n.at.toISOString();
    lines.push(`  next: ${when}  ${acronym(n.credentialId)} ${n.kind} ${n.date} (${n.lead}-day reminder)`);
  }
  if (unconfirmed > 0) lines.push(`  unconfirmed: ${plural(unconfirmed, 'reminder')} (Slack never answered the post)`);
  return `${lines.join('\n')}\n`;
}

async function run(values: Values, io: CliIo): Promise<ExitCode> {
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
      logger: quietLogger(io),
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
  const logger = clientLogger(quietLogger(opts.io));
  if (opts.oauth) {
    const installations = createInstallations({
      ...opts.oauth,
      store,
      log: quietLogger(opts.io),
      clientLogger: logger,
      slackApiUrl: opts.slackApiUrl,
      holder: opts.holder,
    });
    return createSlackPoster({ tokenFor: (ws) => installations.botToken(ws), slackApiUrl: opts.slackApiUrl, logger });
  }
  return opts.token ? createSlackPoster({ token: opts.token, slackApiUrl: opts.slackApiUrl, logger }) : undefined;
}

/** Warnings and errors to stderr as one line each; the report itself says what was sent. */
function quietLogger(io: CliIo) {
  const scrub = createScrubber(secretValues(io.env));
  const line = (level: string) => (obj: object, msg?: string) => {
    io.stderr(
      scrub(
        `certdesk: ${level}: ${msg ?? ''} ${JSON.stringify(obj, (_k, v) => (v instanceof Error ? v.message : v))}\n`,
      ),
    );
  };
  const noop = () => {};
  return { debug: noop, info: noop, warn: line('warning'), error: line('error') };
}

/** The Web API client's warnings and errors, through the same scrubbed lines as the pass's own. */
function clientLogger(quiet: ReturnType<typeof quietLogger>): Logger {
  const line =
    (write: (obj: object, msg?: string) => void) =>
    (...msgs: unknown[]) =>
      write({}, msgs.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' '));
  const noop = () => {};
  return {
    debug: noop,
    info: noop,
    warn: line(quiet.warn),
    error: line(quiet.error),
    setLevel: noop,
    setName: noop,
    getLevel: () => LogLevel.WARN,
  };
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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
