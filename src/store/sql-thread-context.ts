/**
 * Follow-up subjects in SQL (table thread_context, migration 2026-12-01c-thread-context), the same on
 * SQLite and PostgreSQL. Rows past their expiry are skipped on read and swept on write, at most every
 * few minutes per process, so the table stays bounded without a job of its own.
 */
import type { Kysely } from 'kysely';
import type { FollowUpSubject } from '../answer/follow-up-subject.js';
import { FACT_FIELDS, type FactField } from '../answer/read-fact-fields.js';
import { INTENTS, type Intent } from '../answer/types.js';
import type { StoreDatabase } from './db-schema.js';
import { THREAD_CONTEXT_TTL_MS, type ThreadContextStore, type ThreadKey } from './thread-context.js';

/** Expired rows are swept on a write at most this often per process. */
const SWEEP_EVERY_MS = 10 * 60 * 1000;

function stringList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

const isIntent = (s: string): s is Intent => (INTENTS as readonly string[]).includes(s);
const isField = (s: string): s is FactField => (FACT_FIELDS as readonly string[]).includes(s);

export function createSqlThreadContext(
  db: Kysely<StoreDatabase>,
  ttlMs: number = THREAD_CONTEXT_TTL_MS,
): ThreadContextStore {
  let lastSweep = Number.NEGATIVE_INFINITY;
  const removeExpired = async (now: Date): Promise<number> => {
    const r = await db.deleteFrom('thread_context').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
    return Number(r.numDeletedRows);
  };
  const where = (key: ThreadKey) =>
    db
      .selectFrom('thread_context')
      .where('team_id', '=', key.team)
      .where('enterprise_id', '=', key.enterprise)
      .where('channel_id', '=', key.channel)
      .where('thread_ts', '=', key.thread);

  return {
    async get(key, now) {
      const row = await where(key)
        .select(['credential_ids', 'intent', 'fact_fields'])
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      if (!row || !isIntent(row.intent)) return undefined;
      const fields = stringList(row.fact_fields).filter(isField);
      const subject: FollowUpSubject = { credentials: stringList(row.credential_ids), intent: row.intent };
      return fields.length > 0 ? { ...subject, fields } : subject;
    },
    async put(key, subject, now) {
      if (now.getTime() - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = now.getTime();
        await removeExpired(now);
      }
      const values = {
        credential_ids: JSON.stringify(subject.credentials),
        intent: subject.intent,
        fact_fields: JSON.stringify(subject.fields ?? []),
        updated_at: now.toISOString(),
        expires_at: new Date(now.getTime() + ttlMs).toISOString(),
      };
      await db
        .insertInto('thread_context')
        .values({
          team_id: key.team,
          enterprise_id: key.enterprise,
          channel_id: key.channel,
          thread_ts: key.thread,
          ...values,
        })
        .onConflict((oc) => oc.columns(['team_id', 'enterprise_id', 'channel_id', 'thread_ts']).doUpdateSet(values))
        .execute();
    },
    removeExpired,
  };
}
