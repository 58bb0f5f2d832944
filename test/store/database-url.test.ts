import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { parseDatabaseUrl } from '../../src/store/database-url.js';
import { openStore } from '../../src/store/open-store.js';

describe('DATABASE_URL', () => {
  it('reads sqlite:PATH relative to the working directory, and absolute paths as they are', () => {
    expect(parseDatabaseUrl('sqlite:./data/certdesk.db', '/srv/app')).toEqual({
      kind: 'sqlite',
      path: '/srv/app/data/certdesk.db',
    });
    expect(parseDatabaseUrl('sqlite:/var/lib/certdesk.db', '/srv/app')).toEqual({
      kind: 'sqlite',
      path: '/var/lib/certdesk.db',
    });
    expect(parseDatabaseUrl('sqlite:///var/lib/certdesk.db', '/srv/app')).toEqual({
      kind: 'sqlite',
      path: '/var/lib/certdesk.db',
    });
  });

  it('hands a PostgreSQL URL over whole, query parameters included', () => {
    const url = 'postgresql://app:secret@db.internal:5432/certdesk?sslmode=require&application_name=certdesk';
    expect(parseDatabaseUrl(url, '/')).toEqual({ kind: 'postgres', connectionString: url });
    expect(parseDatabaseUrl('postgres://db/x', '/').kind).toBe('postgres');
  });

  it('refuses anything else with a message that shows both forms and hides the password', () => {
    const fail = () => parseDatabaseUrl('mysql://root:hunter2@db/certdesk', '/');
    expect(fail).toThrow(ConfigError);
    expect(fail).toThrow(/sqlite:PATH .*postgres:\/\//);
    expect(fail).toThrow(/mysql:\/\/root:\*\*\*@db/);
    expect(fail).not.toThrow(/hunter2/);
    expect(() => parseDatabaseUrl('sqlite:', '/')).toThrow(ConfigError);
  });

  it('creates the SQLite file and its folder on first run, in WAL mode', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'certdesk-url-'));
    try {
      const store = await openStore('sqlite:./data/nested/certdesk.db', { cwd });
      await store.close();
      const file = join(cwd, 'data/nested/certdesk.db');
      expect(existsSync(file)).toBe(true);
      const db = new Database(file, { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const tables = db.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['subscriptions', 'reminder_deliveries', 'event_dedup']));
      db.close();
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
