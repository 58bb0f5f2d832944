/**
 * The OAuth state store on SQLite and PostgreSQL: a state verifies once, on any replica sharing the
 * database, and not after its 10 minutes; an altered state or one signed with another secret is
 * refused before the database is asked.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStateStore } from '../../src/oauth/create-state-store.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from '../store/store-targets.js';

const SECRET = 'state-secret-for-tests-0123456789abcdef';
const OPTIONS = { scopes: ['chat:write', 'commands'] };
const T0 = new Date('2026-12-01T12:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

describe.each(STORE_KINDS)('OAuth states on %s', (kind) => {
  let target: StoreTarget;
  let a: Store;
  let b: Store;

  beforeEach(async () => {
    target = await createStoreTarget(kind);
    a = await openStore(target.url);
    b = await openStore(target.url);
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    await target.cleanup();
  });

  it('verifies a state once, on another replica too, and refuses it replayed', async () => {
    const state = await createStateStore({ store: a, secret: SECRET }).generateStateParam(OPTIONS, T0);
    const other = createStateStore({ store: b, secret: SECRET });
    expect(await other.verifyStateParam(minutes(1), state)).toEqual(OPTIONS);
    await expect(other.verifyStateParam(minutes(2), state)).rejects.toMatchObject({
      code: 'slack_oauth_invalid_state',
      message: 'the state is unknown, already used or expired',
    });
  });

  it('refuses a state after its 10 minutes', async () => {
    const states = createStateStore({ store: a, secret: SECRET });
    const state = await states.generateStateParam(OPTIONS, T0);
    await expect(states.verifyStateParam(minutes(11), state)).rejects.toThrow(/already used or expired/);
  });

  it('refuses an altered state, or one signed with another secret', async () => {
    const states = createStateStore({ store: a, secret: SECRET });
    const state = await states.generateStateParam(OPTIONS, T0);
    const [nonce, mac] = state.split('.');
    for (const bad of [`${nonce}x.${mac}`, `${nonce}.${mac}x`, `${nonce}`, `${state}.extra`, '']) {
      await expect(states.verifyStateParam(minutes(1), bad)).rejects.toThrow(/not issued by this app/);
    }
    const foreign = createStateStore({ store: a, secret: `${SECRET}-other` });
    await expect(foreign.verifyStateParam(minutes(1), state)).rejects.toThrow(/not issued by this app/);
    // The genuine one still works: the refusals consumed nothing.
    expect(await states.verifyStateParam(minutes(1), state)).toEqual(OPTIONS);
  });
});
