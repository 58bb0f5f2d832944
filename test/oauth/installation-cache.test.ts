/**
 * Through a database outage, over a real SQLite store whose reads are cut: a workspace read in the last
 * few minutes is still served from memory (logged), one not seen recently is refused with a log line
 * naming it, and nothing is served from memory once the entry is older than the cache's lifetime.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInstallationService } from '../../src/oauth/create-installation-service.js';
import { secretBoxOf } from '../../src/oauth/create-oauth-parts.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { StoreError } from '../../src/store/store-error.js';
import { KEY_A } from '../slack/oauth-harness.js';
import { createStoreTarget, type StoreTarget } from '../store/store-targets.js';

const installation = (team: string) => ({
  team: { id: team },
  enterprise: undefined,
  user: { token: undefined, scopes: undefined, id: 'U1' },
  bot: { token: `xoxb-${team}-cached`, scopes: ['chat:write'], id: 'B1', userId: 'UBOT' },
  isEnterpriseInstall: false,
  authVersion: 'v2' as const,
});

describe('the recent-installations cache', () => {
  let target: StoreTarget;
  let store: Store;
  let down = false;
  const logs: { level: string; obj: object; msg: string }[] = [];

  beforeEach(async () => {
    target = await createStoreTarget('sqlite');
    store = await openStore(target.url);
    down = false;
    logs.length = 0;
  });
  afterEach(async () => {
    await store.close();
    await target.cleanup();
  });

  let clock = new Date('2026-12-01T12:00:00Z');
  const service = (cacheMs?: number) => {
    const real = store.installations;
    const flaky: Store = {
      ...store,
      installations: {
        ...real,
        get: async (ws) => {
          if (down) throw new StoreError('database_unreachable', 'the database is not connected yet (ECONNREFUSED)');
          return real.get(ws);
        },
      },
    };
    const log = (level: string) => (obj: object, msg: string) => logs.push({ level, obj, msg });
    return createInstallationService({
      store: flaky,
      box: secretBoxOf({ key: KEY_A, previousKey: undefined }),
      log: { info: log('info'), warn: log('warn'), error: log('error') },
      holder: 't',
      now: () => clock,
      ...(cacheMs === undefined ? {} : { cacheMs }),
    });
  };

  it('serves recently seen workspaces through an outage and refuses the others, saying so', async () => {
    const s = service();
    await s.install(installation('T0SEEN'));
    await s.install(installation('T0UNSEEN'));
    expect(await s.botToken({ team: 'T0SEEN', enterprise: '' })).toBe('xoxb-T0SEEN-cached');

    down = true;
    expect(await s.botToken({ team: 'T0SEEN', enterprise: '' })).toBe('xoxb-T0SEEN-cached');
    expect(logs.find((l) => l.level === 'warn')?.msg).toMatch(
      /serving the workspace from the recent-installations cache/,
    );
    await expect(s.botToken({ team: 'T0UNSEEN', enterprise: '' })).rejects.toThrow(StoreError);
    expect(logs.find((l) => l.level === 'error')).toMatchObject({
      obj: { team: 'T0UNSEEN' },
      msg: expect.stringMatching(/T0UNSEEN was not seen recently: it cannot be served until the database returns/),
    });

    down = false;
    expect(await s.botToken({ team: 'T0UNSEEN', enterprise: '' })).toBe('xoxb-T0UNSEEN-cached');
  });

  it('forgets an entry older than its lifetime', async () => {
    const s = service(5 * 60_000);
    await s.install(installation('T0SEEN'));
    expect(await s.botToken({ team: 'T0SEEN', enterprise: '' })).toBe('xoxb-T0SEEN-cached');
    down = true;
    clock = new Date(clock.getTime() + 4 * 60_000);
    expect(await s.botToken({ team: 'T0SEEN', enterprise: '' })).toBe('xoxb-T0SEEN-cached');
    clock = new Date(clock.getTime() + 2 * 60_000);
    await expect(s.botToken({ team: 'T0SEEN', enterprise: '' })).rejects.toThrow(StoreError);
  });

  it('does not serve a workspace from memory once it is known to be uninstalled', async () => {
    const s = service();
    await s.install(installation('T0GONE'));
    await s.botToken({ team: 'T0GONE', enterprise: '' });
    await s.removeBot({ team: 'T0GONE', enterprise: '' }, 'app_uninstalled');
    down = true;
    await expect(s.botToken({ team: 'T0GONE', enterprise: '' })).rejects.toThrow(StoreError);
  });
});
