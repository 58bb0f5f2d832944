import { describe, expect, it } from 'vitest';
import { createMemoryEventDedup } from '../../src/store/event-dedup.js';

describe('createMemoryEventDedup', () => {
  const t0 = new Date('2026-11-24T10:00:00Z');
  const later = (ms: number) => new Date(t0.getTime() + ms);

  it('says first seen once per key, then false for repeats within the time to live', async () => {
    const dedup = createMemoryEventDedup(60_000);
    expect(await dedup.firstSeen('T1:Ev1', t0)).toBe(true);
    expect(await dedup.firstSeen('T1:Ev1', later(1000))).toBe(false);
    expect(await dedup.firstSeen('T2:Ev1', later(1000))).toBe(true);
  });

  it('forgets keys after the time to live', async () => {
    const dedup = createMemoryEventDedup(60_000);
    await dedup.firstSeen('T1:Ev1', t0);
    expect(await dedup.firstSeen('T1:Ev1', later(59_999))).toBe(false);
    expect(await dedup.firstSeen('T1:Ev1', later(60_000))).toBe(true);
  });

  it('drops expired keys as it goes, so memory stays bounded by the traffic of one time to live', async () => {
    const dedup = createMemoryEventDedup(1000);
    for (let i = 0; i < 100; i++) await dedup.firstSeen(`T:Ev${i}`, later(i * 100));
    // Ev0 expired long ago and was dropped: seeing it again is a first sighting.
    expect(await dedup.firstSeen('T:Ev0', later(100 * 100))).toBe(true);
    expect(await dedup.firstSeen('T:Ev99', later(100 * 100))).toBe(false);
  });
});
