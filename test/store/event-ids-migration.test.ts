/**
 * Migration 2026-12-01a-event-ids on SQLite and PostgreSQL: rows written under 0001-initial are re-keyed
 * to event ids computed in SQL ({credential}/{kind}-{date}), sent reminders stay sent (and are not
 * claimed again), sightings keep their first-seen time, and subscriptions to scs-c02 (folded into
 * scs-c03 as an exam version) follow the surviving id.
 */
import Database from 'better-sqlite3';
import { Kysely, type Migration, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../src/store/database-url.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/open-store.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from './store-targets.js';

const CHANNEL = { team: 'T1', enterprise: '', channel: 'C1' };

async function migratedToInitial(url: string): Promise<Kysely<unknown>> {
  const target = parseDatabaseUrl(url, process.cwd());
  const db =
    target.kind === 'sqlite'
      ? new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(target.path) }) })
      : new Kysely<unknown>({
          dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: target.connectionString }) }),
        });
  const schema =
    target.kind === 'sqlite'
      ? undefined
      : (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema;
  const initial = MIGRATIONS['0001-initial'] as Migration;
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ '0001-initial': initial }) },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  return db;
}

const delivery = (credential: string, kind: string, date: string, lead: number, state: 'sent' | 'claimed') => sql`
  INSERT INTO reminder_deliveries (team_id, enterprise_id, channel_id, credential_id, event_kind, event_date,
    lead_days, state, claimed_by, claimed_at, lease_until, sent_at, message_ts, subscription_id)
  VALUES ('T1', '', 'C1', ${credential}, ${kind}, ${date}, ${lead}, ${state}, 'old-pass',
    '2026-11-01T09:00:00.000Z', '2026-11-01T09:05:00.000Z',
    ${state === 'sent' ? '2026-11-01T09:00:01.000Z' : null}, ${state === 'sent' ? '1.2' : null}, 's1')`;

const subscription = (id: string, kind: string, value: string) => sql`
  INSERT INTO subscriptions (id, team_id, enterprise_id, channel_id, scope_kind, scope_value, leads, hour, tz,
    status, paused_reason, paused_at, created_by, created_at, updated_at)
  VALUES (${id}, 'T1', '', ${id === 's4' ? 'C2' : 'C1'}, ${kind}, ${value}, '90,30,7,1', 9, 'UTC', 'active', null,
    null, 'U1', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`;

describe.each(STORE_KINDS)('migration 2026-12-01a-event-ids on %s', (kind) => {
  let target: StoreTarget;

  beforeAll(async () => {
    target = await createStoreTarget(kind);
    const db = await migratedToInitial(target.url);
    await delivery('mls-c01', 'last-exam', '2026-03-31', 30, 'sent').execute(db);
    await delivery('mls-c01', 'last-exam', '2026-03-31', 7, 'sent').execute(db);
    await delivery('scs-c02', 'last-exam', '2025-12-01', 1, 'sent').execute(db);
    await delivery('aaism', 'launched', '2025-08-19', 7, 'claimed').execute(db);
    await sql`INSERT INTO catalog_events (credential_id, event_kind, event_date, first_seen_at)
      VALUES ('mls-c01', 'last-exam', '2026-03-31', '1970-01-01T00:00:00.000Z'),
             ('scs-c02', 'last-exam', '2025-12-01', '2026-02-01T00:00:00.000Z')`.execute(db);
    await subscription('s1', 'credentials', 'aaism,scs-c02').execute(db);
    await subscription('s2', 'credentials', 'scs-c02').execute(db);
    await subscription('s3', 'credentials', 'scs-c03').execute(db);
    await subscription('s4', 'credentials', 'scs-c02').execute(db);
    await subscription('s5', 'all', '').execute(db);
    await db.destroy();
  });
  afterAll(async () => {
    await target.cleanup();
  });

  it('re-keys deliveries to event ids, keeping what was sent as sent and never sending it again', async () => {
    const store = await openStore(target.url);
    try {
      const rows = await store.deliveries.all();
      expect(rows.map((r) => [r.eventId, r.credentialId, r.lead, r.state])).toEqual(
        expect.arrayContaining([
          ['mls-c01/last-exam-2026-03-31', 'mls-c01', 30, 'sent'],
          ['mls-c01/last-exam-2026-03-31', 'mls-c01', 7, 'sent'],
          ['scs-c02/last-exam-2025-12-01', 'scs-c03', 1, 'sent'],
          ['aaism/launched-2025-08-19', 'aaism', 7, 'claimed'],
        ]),
      );
      expect(rows).toHaveLength(4);
      const again = await store.deliveries.claim(
        [
          {
            ...CHANNEL,
            eventId: 'mls-c01/last-exam-2026-03-31',
            credentialId: 'mls-c01',
            kind: 'last-exam',
            date: '2026-03-31',
            lead: 30,
            subscriptionId: 's5',
          },
        ],
        'new-pass',
        new Date('2026-12-01T09:00:00Z'),
        new Date('2026-12-01T09:05:00Z'),
      );
      expect(again).toEqual([]);
      const history = await store.deliveries.history(CHANNEL);
      expect(history.find((h) => h.eventId === 'scs-c02/last-exam-2025-12-01')?.messageTs).toBe('1.2');
    } finally {
      await store.close();
    }
  });

  it('keeps when each event was first seen, under its id', async () => {
    const store = await openStore(target.url);
    try {
      const seen = await store.sightings.firstSeen(
        [
          { eventId: 'mls-c01/last-exam-2026-03-31', credentialId: 'mls-c01', kind: 'last-exam', date: '2026-03-31' },
          { eventId: 'scs-c02/last-exam-2025-12-01', credentialId: 'scs-c03', kind: 'last-exam', date: '2025-12-01' },
        ],
        new Date('2026-12-01T09:00:00Z'),
        { record: false },
      );
      expect(seen.get('mls-c01/last-exam-2026-03-31')?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
      expect(seen.get('scs-c02/last-exam-2025-12-01')?.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    } finally {
      await store.close();
    }
  });

  it('moves subscriptions to scs-c02 onto scs-c03, merging one that would repeat an existing scope', async () => {
    const store = await openStore(target.url);
    try {
      const subs = await store.subscriptions.listActive();
      const scopes = subs.map((s) => [s.id, s.channel, s.scope]);
      expect(scopes).toEqual(
        expect.arrayContaining([
          ['s1', 'C1', { kind: 'credentials', ids: ['aaism', 'scs-c03'] }],
          ['s3', 'C1', { kind: 'credentials', ids: ['scs-c03'] }],
          ['s4', 'C2', { kind: 'credentials', ids: ['scs-c03'] }],
          ['s5', 'C1', { kind: 'all' }],
        ]),
      );
      expect(subs.map((s) => s.id)).not.toContain('s2');
    } finally {
      await store.close();
    }
  });
});
