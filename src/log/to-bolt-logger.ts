/**
 * Bolt's Logger interface (@slack/logger) over pino. Bolt, the Web API client and the Socket Mode client
 * share this one logger, and each calls setLevel()/setName() on it as it starts (the Web API client resets
 * the level to INFO): those calls are ignored so that LOG_LEVEL stays in charge.
 */
import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { Logger } from 'pino';
import { maskSecrets } from './mask-secrets.js';

type Method = 'debug' | 'info' | 'warn' | 'error';

function formatArg(arg: unknown): string {
  if (typeof arg === 'string') return arg;
  if (arg instanceof Error) return arg.message;
  try {
    return JSON.stringify(arg) ?? String(arg);
  } catch {
    return String(arg);
  }
}

export function toBoltLogger(log: Logger): BoltLogger {
  const write = (method: Method, msgs: unknown[]) => {
    if (!log.isLevelEnabled(method)) return;
    const text = maskSecrets(msgs.map(formatArg).join(' '));
    const err = msgs.find((m): m is Error => m instanceof Error);
    if (err) log[method]({ err }, text);
    else log[method](text);
  };
  return {
    debug: (...msgs: unknown[]) => write('debug', msgs),
    info: (...msgs: unknown[]) => write('info', msgs),
    warn: (...msgs: unknown[]) => write('warn', msgs),
    error: (...msgs: unknown[]) => write('error', msgs),
    setLevel: () => {},
    setName: () => {},
    getLevel: () => {
      if (log.isLevelEnabled('debug')) return LogLevel.DEBUG;
      if (log.isLevelEnabled('info')) return LogLevel.INFO;
      if (log.isLevelEnabled('warn')) return LogLevel.WARN;
      return LogLevel.ERROR;
    },
  };
}
