import { describe, expect, it } from 'vitest';
import { settlesWithin } from '../../src/http/shutdown-on-signals.js';

describe('settlesWithin', () => {
  it('is true for work that settles in time, resolved or rejected', async () => {
    expect(await settlesWithin(new Promise((r) => setTimeout(r, 10)), 500)).toBe(true);
    expect(await settlesWithin(Promise.reject(new Error('x')), 500)).toBe(true);
  });

  it('is false when the time runs out first', async () => {
    const started = Date.now();
    expect(await settlesWithin(new Promise((r) => setTimeout(r, 2000)), 50)).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
