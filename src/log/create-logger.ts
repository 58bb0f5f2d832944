/**
 * The process logger: pino, JSON lines by default, readable (pino-pretty) when a person watches a terminal.
 * Secrets never reach the output: known secret keys are redacted by path, and token-shaped strings in
 * messages are masked by the Bolt adapter (see to-bolt-logger.ts).
 */
import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';
import pinoPretty from 'pino-pretty';

/** Object keys that hold secrets, at the top level and one or two levels down. */
const SECRET_KEYS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'authorization',
  'password',
  'databaseUrl',
];

export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  ...SECRET_KEYS.map((k) => `*.*.${k}`),
  'headers.authorization',
  'req.headers.authorization',
  'headers["x-slack-signature"]',
];

export interface LoggerOptions {
  level: LevelWithSilent;
  /** Human-readable lines instead of JSON (main passes `process.stdout.isTTY`). */
  pretty?: boolean;
  /** Where lines go; stdout by default. Tests pass a stream to read them back. */
  destination?: DestinationStream;
}

export function createLogger(opts: LoggerOptions): Logger {
  const options = {
    level: opts.level,
    base: { app: 'certdesk' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  if (opts.destination) return pino(options, opts.destination);
  if (opts.pretty) return pino(options, pinoPretty({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', sync: true }));
  return pino(options);
}
