import { describe, expect, it } from 'vitest';
import { readyWhen } from '../../src/http/ready-when.js';

describe('readyWhen', () => {
  it('is ready when every check passes', async () => {
    expect(await readyWhen({ a: async () => {}, b: async () => {} })()).toEqual({ ok: true });
  });

  it('reports the first failing check by name', async () => {
    const ready = readyWhen({
      catalog: async () => {},
      store: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      },
      never: async () => {
        throw new Error('not reached');
      },
    });
    expect(await ready()).toEqual({ ok: false, reason: 'store: connect ECONNREFUSED 127.0.0.1:5432' });
  });
});
