import { type Logger, LogLevel } from '@slack/web-api';
import { secretValues } from '../../../config.js';
import { createScrubber } from '../../../log/scrub-secrets.js';
import type { CliIo } from '../../cli-io.js';

/** Warnings and errors to stderr as one line each; the report itself says what was sent. */
export function createQuietLogger(io: CliIo) {
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
export function createClientLogger(quiet: ReturnType<typeof createQuietLogger>): Logger {
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
