/**
 * Configuration from the environment, parsed once with zod. Nothing else in src/ reads the environment:
 * the composition roots (src/main.ts, src/cli/main.ts) pass `env` in.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { decodeKey } from './oauth/seal-secret.js';

/** The repo's own catalog/, found relative to this file (src/ or dist/ alike). */
export const DEFAULT_CATALOG_DIR = fileURLToPath(new URL('../catalog/', import.meta.url));
export const DEFAULT_DATABASE_URL = 'sqlite:./data/certdesk.db';

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly problems: string[]) {
    super(`Configuration problem:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const WHERE: Record<string, string> = {
  SLACK_BOT_TOKEN:
    'the Bot User OAuth Token (xoxb-…) from your app\'s "OAuth & Permissions" page at api.slack.com/apps',
  SLACK_APP_TOKEN:
    'an app-level token (xapp-…) with the connections:write scope, from "Basic Information" → "App-Level Tokens"',
  SLACK_SIGNING_SECRET: 'the Signing Secret from your app\'s "Basic Information" → "App Credentials"',
  SLACK_API_URL: 'leave unset for slack.com; set only for GovSlack or a test stand-in (an http(s) URL)',
  PORT: 'a TCP port number, 1–65535 (default 3000)',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent (default info)',
  CERTDESK_ADMINS: 'comma-separated Slack user ids, for example U012ABC,U034DEF',
  CERTDESK_TICK_SECONDS: 'how often reminders are checked, in whole seconds (default 60)',
  CATALOG_DIR: 'a folder holding a certdesk catalog (default: the catalog/ shipped with certdesk)',
  DATABASE_CONNECT_TIMEOUT_MS: 'milliseconds to wait for a PostgreSQL connection, 100–60000 (default 2000)',
  DATABASE_STATEMENT_TIMEOUT_MS: 'milliseconds a PostgreSQL statement may run, 100–60000 (default 2000)',
  DATABASE_POOL_SIZE: 'PostgreSQL connections per process, 1–100 (default 10)',
  DATABASE_BUSY_TIMEOUT_MS: "milliseconds SQLite waits for another process's write lock, 0–60000 (default 2000)",
  SLACK_CLIENT_ID: 'the Client ID from your app\'s "Basic Information" → "App Credentials" (OAuth mode)',
  SLACK_CLIENT_SECRET: 'the Client Secret from your app\'s "Basic Information" → "App Credentials" (OAuth mode)',
  SLACK_STATE_SECRET: 'a random string of your own, at least 32 characters (signs the OAuth state; OAuth mode)',
  CERTDESK_ENCRYPTION_KEY:
    '32 random bytes in base64 (openssl rand -base64 32): seals installation tokens at rest (OAuth mode)',
  CERTDESK_ENCRYPTION_KEY_PREVIOUS:
    'the key CERTDESK_ENCRYPTION_KEY replaced (32 bytes, base64): still opens records until `certdesk keys rotate`',
};

const envSchema = z.object({
  SLACK_BOT_TOKEN: z.string().trim().startsWith('xoxb-', 'must start with xoxb-').optional(),
  SLACK_APP_TOKEN: z.string().trim().startsWith('xapp-', 'must start with xapp-').optional(),
  SLACK_SIGNING_SECRET: z.string().trim().min(1).optional(),
  SLACK_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CATALOG_DIR: z.string().trim().min(1).default(DEFAULT_CATALOG_DIR),
  // Its form (sqlite:PATH or postgres://…) is checked where it is parsed: src/store/database-url.ts.
  DATABASE_URL: z.string().trim().default(DEFAULT_DATABASE_URL),
  CERTDESK_ADMINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]+$/, 'each must be a Slack user id like U012ABC'))),
  CERTDESK_TICK_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2000),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DATABASE_BUSY_TIMEOUT_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  SLACK_CLIENT_ID: z.string().trim().min(1).optional(),
  SLACK_CLIENT_SECRET: z.string().trim().min(1).optional(),
  SLACK_STATE_SECRET: z.string().trim().min(32, 'must be at least 32 characters').optional(),
  CERTDESK_ENCRYPTION_KEY: z
    .string()
    .trim()
    .refine((v) => decodeKey(v) !== undefined, 'must be 32 bytes in base64')
    .optional(),
  CERTDESK_ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .trim()
    .refine((v) => decodeKey(v) !== undefined, 'must be 32 bytes in base64')
    .optional(),
});

/**
 * The settings whose values are secrets. The logger takes each configured value out of every line
 * (src/log/scrub-secrets.ts); add a new secret setting here when it is added to the schema.
 */
export const SECRET_SETTINGS = [
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'CERTDESK_ENCRYPTION_KEY',
  'CERTDESK_ENCRYPTION_KEY_PREVIOUS',
];

/** Every secret value configured in `env` (as given, and trimmed), plus the password in DATABASE_URL. */
export function secretValues(env: Env): string[] {
  const values = SECRET_SETTINGS.flatMap((name) => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? [] : [v, v.trim()];
  });
  return [...new Set([...values, ...databasePassword(env.DATABASE_URL)])];
}

/** The password in a postgres://user:password@… URL, as written and decoded. */
function databasePassword(url: string | undefined): string[] {
  if (!url || !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return [];
  try {
    const { password } = new URL(url);
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return [];
  }
}

/** OAuth mode (many workspaces): the app's credentials; each workspace's token comes from its installation. */
export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
}

/** The keys that seal installations at rest, base64 (decode with decodeKey). */
export interface EncryptionConfig {
  key: string;
  previousKey: string | undefined;
}

/** How long the store waits, so that a stalled database fails a request instead of hanging it. */
export interface DatabaseLimits {
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  poolSize: number;
  busyTimeoutMs: number;
}

export type Env = Record<string, string | undefined>;

export interface BaseConfig {
  /** Optional here (the CLI answers questions without Slack); parseConfig requires it. */
  botToken: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  catalogDir: string;
  databaseUrl: string;
  database: DatabaseLimits;
  admins: string[];
  tickSeconds: number;
  slackApiUrl: string | undefined;
  port: number;
  /** Set in OAuth mode (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET). */
  oauth: OAuthConfig | undefined;
  /** CERTDESK_ENCRYPTION_KEY (required in OAuth mode) and CERTDESK_ENCRYPTION_KEY_PREVIOUS. */
  encryption: EncryptionConfig | undefined;
}

export type SlackMode =
  | { kind: 'socket'; appToken: string; signingSecret: string | undefined }
  | { kind: 'http'; signingSecret: string };

/** Single-workspace mode has `botToken`; OAuth mode has `oauth` and `encryption` instead. */
export interface AppConfig extends BaseConfig {
  mode: SlackMode;
}

const OAUTH_VARS = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/** OAuth mode's variables: all three or none, and then an encryption key. */
function readOAuth(e: z.infer<typeof envSchema>): Pick<BaseConfig, 'oauth' | 'encryption'> {
  const problems: string[] = [];
  if (e.CERTDESK_ENCRYPTION_KEY_PREVIOUS && !e.CERTDESK_ENCRYPTION_KEY) {
    problems.push(
      `CERTDESK_ENCRYPTION_KEY is missing — CERTDESK_ENCRYPTION_KEY_PREVIOUS is set; give the new key too: ${WHERE.CERTDESK_ENCRYPTION_KEY}`,
    );
  }
  const encryption = e.CERTDESK_ENCRYPTION_KEY
    ? { key: e.CERTDESK_ENCRYPTION_KEY, previousKey: e.CERTDESK_ENCRYPTION_KEY_PREVIOUS }
    : undefined;
  const given = OAUTH_VARS.filter((name) => e[name] !== undefined);
  if (given.length > 0 && given.length < OAUTH_VARS.length) {
    for (const name of OAUTH_VARS) {
      if (e[name] === undefined)
        problems.push(`${name} is missing — OAuth mode needs all of ${OAUTH_VARS.join(', ')}: ${WHERE[name]}`);
    }
  }
  if (given.length === OAUTH_VARS.length && !encryption && !e.CERTDESK_ENCRYPTION_KEY_PREVIOUS) {
    problems.push(
      `CERTDESK_ENCRYPTION_KEY is missing — OAuth mode keeps every workspace's tokens encrypted with it: ${WHERE.CERTDESK_ENCRYPTION_KEY}`,
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const oauth =
    e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET
      ? { clientId: e.SLACK_CLIENT_ID, clientSecret: e.SLACK_CLIENT_SECRET, stateSecret: e.SLACK_STATE_SECRET }
      : undefined;
  return { oauth, encryption };
}

function blankToUndefined(env: Env): Env {
  const out: Env = {};
  for (const [k, v] of Object.entries(env)) out[k] = v === undefined || v.trim() === '' ? undefined : v;
  return out;
}

function describe(issues: z.core.$ZodIssue[]): string[] {
  return issues.map((i) => {
    const name = String(i.path[0] ?? 'environment');
    const where = WHERE[name];
    return `${name} ${i.message}${where ? ` — ${where}` : ''}`;
  });
}

/** Settings every entry point shares (CLI included): no Slack credentials required. */
export function parseBaseConfig(env: Env): BaseConfig {
  const r = envSchema.safeParse(blankToUndefined(env));
  if (!r.success) throw new ConfigError(describe(r.error.issues));
  const e = r.data;
  return {
    botToken: e.SLACK_BOT_TOKEN,
    logLevel: e.LOG_LEVEL,
    catalogDir: e.CATALOG_DIR,
    databaseUrl: e.DATABASE_URL,
    database: {
      connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      poolSize: e.DATABASE_POOL_SIZE,
      busyTimeoutMs: e.DATABASE_BUSY_TIMEOUT_MS,
    },
    admins: e.CERTDESK_ADMINS,
    tickSeconds: e.CERTDESK_TICK_SECONDS,
    slackApiUrl: e.SLACK_API_URL,
    port: e.PORT,
    ...readOAuth(e),
  };
}

/** The Slack app's configuration: a bot token, and Socket Mode (app token) or HTTP mode (signing secret). */
export function parseConfig(env: Env): AppConfig {
  const base = parseBaseConfig(env);
  const e = blankToUndefined(env);
  const problems: string[] = [];
  const need = (name: string) => problems.push(`${name} is missing — ${WHERE[name]}`);
  const { botToken } = base;
  if (base.oauth) return { ...base, mode: { kind: 'http', signingSecret: oauthSigningSecret(e, botToken) } };
  if (!botToken) need('SLACK_BOT_TOKEN');
  let mode: SlackMode | undefined;
  if (e.SLACK_APP_TOKEN) {
    mode = { kind: 'socket', appToken: e.SLACK_APP_TOKEN.trim(), signingSecret: e.SLACK_SIGNING_SECRET?.trim() };
  } else if (e.SLACK_SIGNING_SECRET) {
    mode = { kind: 'http', signingSecret: e.SLACK_SIGNING_SECRET.trim() };
  } else {
    problems.push(
      `SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) is missing — ${WHERE.SLACK_APP_TOKEN}; or ${WHERE.SLACK_SIGNING_SECRET}`,
    );
  }
  if (problems.length > 0 || !botToken || !mode) throw new ConfigError(problems);
  return { ...base, botToken, mode };
}

/** OAuth mode serves the install pages over HTTP: a bot token or Socket Mode alongside is refused. */
function oauthSigningSecret(e: Env, botToken: string | undefined): string {
  const problems: string[] = [];
  if (botToken) {
    problems.push(
      "SLACK_BOT_TOKEN is set together with SLACK_CLIENT_ID — OAuth mode takes each workspace's token from its installation; unset SLACK_BOT_TOKEN (or the OAuth variables for a single workspace)",
    );
  }
  if (e.SLACK_APP_TOKEN) {
    problems.push(
      'SLACK_APP_TOKEN is set together with SLACK_CLIENT_ID — OAuth mode runs over HTTP only (Slack redirects browsers to /slack/oauth_redirect); unset SLACK_APP_TOKEN, or run Socket Mode for a single workspace with SLACK_BOT_TOKEN',
    );
  }
  if (!e.SLACK_SIGNING_SECRET) need(problems, 'SLACK_SIGNING_SECRET');
  if (problems.length > 0 || !e.SLACK_SIGNING_SECRET) throw new ConfigError(problems);
  return e.SLACK_SIGNING_SECRET.trim();
}

function need(problems: string[], name: string): void {
  problems.push(`${name} is missing — ${WHERE[name]}`);
}
