/**
 * DATABASE_URL: `sqlite:PATH` (a file through better-sqlite3, PATH relative to the working directory)
 * or `postgres://…` / `postgresql://…` (handed whole to pg, so query parameters such as sslmode count).
 */
import { isAbsolute, resolve } from 'node:path';
import { ConfigError } from '../config.js';

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; connectionString: string };

export const DATABASE_URL_FORMS =
  'DATABASE_URL must be sqlite:PATH (for example sqlite:./data/certdesk.db) or postgres://user:pass@host:5432/db (postgresql:// works too)';

/** Where the store lives; throws ConfigError (naming both accepted forms) for anything else. */
export function parseDatabaseUrl(url: string, cwd: string): DatabaseTarget {
  const value = url.trim();
  if (/^postgres(ql)?:\/\/.+/i.test(value)) return { kind: 'postgres', connectionString: value };
  const sqlite = /^sqlite:(?:\/\/)?(.+)$/i.exec(value);
  const path = sqlite?.[1]?.trim();
  if (path) return { kind: 'sqlite', path: path === ':memory:' || isAbsolute(path) ? path : resolve(cwd, path) };
  throw new ConfigError([`${DATABASE_URL_FORMS}; got "${redact(value)}"`]);
}

/** Never echo a password back. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, '//$1:***@').slice(0, 80);
}
