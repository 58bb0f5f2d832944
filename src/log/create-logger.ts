/**
 * The process logger: pino, JSON lines by default, readable (pino-pretty, a development dependency:
 * absent from the production image, where the lines stay JSON) when a person watches a terminal.
 * Secrets never reach the output, in two layers: known secret keys are redacted by path, and every
 * serialized line goes through createScrubber (the configured secret values, token-shaped strings and
 * request signatures, wherever they sit: messages, nested fields, error stacks, Bolt's own lines).
 */
import { createRequire } from 'node:module';
import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';
import { createScrubber } from './scrub-secrets.js';

/** Object keys that hold secrets, at the top level and one or two levels down. */
const SECRET_KEYS = [
  'token',
  'botToken',
  'bot_token',
  'appToken',
  'app_token',
  'userToken',
  'user_token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'signingSecret',
  'signing_secret',
  'clientSecret',
  'client_secret',
  'stateSecret',
  'state_secret',
  'encryptionKey',
  'secret',
  'authorization',
  'password',
  'databaseUrl',
];

const SECRET_HEADERS = ['authorization', '["x-slack-signature"]'].map((h) => (h.startsWith('[') ? h : `.${h}`));

export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  ...SECRET_KEYS.map((k) => `*.*.${k}`),
  ...SECRET_HEADERS.flatMap((h) => [`headers${h}`, `req.headers${h}`, `*.headers${h}`]),
];

export interface LoggerOptions {
  level: LevelWithSilent;
  /** Human-readable lines instead of JSON (main passes `process.stdout.isTTY`). */
  pretty?: boolean;
  /** Where lines go; stdout by default. Tests pass a stream to read them back. */
  destination?: DestinationStream;
  /** Configured secret values to take out of every line (config.ts secretValues). */
  secrets?: readonly string[];
}

/** A destination that scrubs each serialized line before the real one sees it. */
function scrubbing(inner: DestinationStream, secrets: readonly string[] | undefined): DestinationStream {
  const scrub = createScrubber(secrets);
  return { write: (line: string) => inner.write(scrub(line)) };
}

/** pino-pretty when it is installed (a development checkout), else undefined: JSON lines then. */
function prettyStream(): DestinationStream | undefined {
  try {
    const load = createRequire(import.meta.url)('pino-pretty') as (opts: object) => DestinationStream;
    return load({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', sync: true });
  } catch {
    return undefined;
  }
}

export function createLogger(opts: LoggerOptions): Logger {
  const options = {
    level: opts.level,
    base: { app: 'certdesk' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  const inner =
    opts.destination ?? (opts.pretty ? prettyStream() : undefined) ?? pino.destination({ dest: 1, sync: false });
  return pino(options, scrubbing(inner, opts.secrets));
}
