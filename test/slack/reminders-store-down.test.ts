/**
 * The reminders surfaces while the database cannot be reached (a store still connecting to a
 * PostgreSQL port where nothing listens): each says the store is unavailable in its own words, and
 * nothing goes to app.error as a failure.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectStore } from '../../src/store/connect-store.js';
import type { Store } from '../../src/store/store.js';
import { type Harness, startHarness } from './harness.js';
import { remind, said } from './reminders-support.js';

const quiet = { info: () => undefined, warn: () => undefined };

describe('reminders with the store unreachable', () => {
  let h: Harness;
  let store: Store;
  afterEach(async () => {
    await h?.close();
    await store?.close();
  });

  it('the list, a change, and the Stop button say the store is unavailable', async () => {
    store = connectStore('postgres://postgres@127.0.0.1:1/test', { log: quiet }).store;
    h = await startHarness({ deps: { store } });
    expect(said(await remind(h, 'list', 'C0DOWN'))).toContain('so I cannot show this channel’s reminders');
    expect(said(await remind(h, 'aaism', 'C0DOWN'))).toContain('no reminders were set');
    expect(said(await remind(h, 'off', 'C0DOWN'))).toContain('no reminders were stopped');
    await h.action('stop_reminders', {
      type: 'button',
      value: JSON.stringify({ sub: 'sabcdefghjk' }),
      text: { type: 'plain_text', text: 'Stop' },
    });
    const [stopped] = await h.standIn.waitFor('/respond/action');
    expect(JSON.stringify(stopped?.body)).toContain('no reminders were stopped');
    await h.slack.idle();
    expect(h.logs.filter((l) => l.msg === 'a Slack listener failed')).toEqual([]);
  });
});
