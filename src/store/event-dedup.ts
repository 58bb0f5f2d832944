/**
 * Slack redelivers an event it thinks was missed (X-Slack-Retry-Num; Socket Mode retry_attempt) with the
 * same event_id, and Bolt does not deduplicate. The app remembers event keys for a while and answers once.
 * The memory version serves one process; the store module adds a SQL version that replicas share.
 */
export interface EventDedupStore {
  /** True the first time `key` is seen within the store's time to live; false for every repeat. */
  firstSeen(key: string, now: Date): Promise<boolean>;
}

/** Slack retries within about an hour (three retries, backing off): keep keys at least that long. */
export const EVENT_DEDUP_TTL_MS = 2 * 60 * 60 * 1000;

export function createMemoryEventDedup(ttlMs: number = EVENT_DEDUP_TTL_MS): EventDedupStore {
  /** key → first-seen time in ms; Map keeps insertion order, so the oldest entries come first. */
  const seen = new Map<string, number>();
  return {
    async firstSeen(key, now) {
      const t = now.getTime();
      for (const [k, at] of seen) {
        if (t - at < ttlMs) break;
        seen.delete(k);
      }
      const at = seen.get(key);
      if (at !== undefined && t - at < ttlMs) return false;
      seen.set(key, t);
      return true;
    },
  };
}
