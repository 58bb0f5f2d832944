import type { RecordedCall } from '../../support/slack-stand-in.js';

/** (channel, item) → how many reminder posts carried it (an item is a `reminder_…` block). */
export function itemCounts(calls: RecordedCall[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of calls) {
    for (const b of c.body.blocks as { block_id?: string }[]) {
      const id = b.block_id ?? '';
      if (!id.startsWith('reminder_') || id === 'reminder_header') continue;
      const key = `${String(c.body.channel)}|${id}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}
