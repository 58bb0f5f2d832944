/**
 * A new DoD 8140 matrix version is a dated change: with a V2.2 effective 2026-12-01 beside V2.1, a
 * channel that follows every dated change hears it once (with the matrix as its source); a channel
 * that follows one credential or one issuer does not. Real store (SQLite and PostgreSQL), real pass,
 * Slack stand-in.
 */
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CatalogProblem } from '../../src/catalog/catalog-error.js';
import type { Dod8140Framework } from '../../src/catalog/dod-8140/framework-schema.js';
import { loadDod8140 } from '../../src/catalog/dod-8140/load-dod-8140.js';
import { createSlackPoster } from '../../src/reminders/create-slack-poster.js';
import { runReminderPass } from '../../src/reminders/run-reminder-pass.js';
import { subscribe } from '../../src/reminders/subscribe.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from '../store/store-targets.js';
import { validateMessage } from '../support/block-kit-validator.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { LONG_AGO, PASS_NOW, reminderCatalog } from './reminder-fixtures.js';

const logger = pino({ level: 'silent' });

async function withNextVersion(): Promise<Dod8140Framework> {
  const problems: CatalogProblem[] = [];
  const fw = await loadDod8140(fileURLToPath(new URL('../../catalog', import.meta.url)), problems);
  if (!fw || problems.length > 0) throw new Error('matrix did not load');
  const v21 = fw.versions[0];
  if (!v21) throw new Error('no version');
  const v22 = { ...v21, version: '2.2', effective: '2026-12-01', previous: '2.1', previousEffective: v21.effective };
  v22.source = { ...v21.source, title: 'DoD 8140 Foundational Qualification Matrix V2.2, effective 2026-12-01' };
  return { ...fw, versions: [v21, v22] };
}

describe.each(STORE_KINDS)('a new matrix version on %s', (kind) => {
  let target: StoreTarget;
  let store: Store;
  let slack: SlackStandIn;

  beforeEach(async () => {
    target = await createStoreTarget(kind);
    store = await openStore(target.url);
    slack = await startSlackStandIn();
  });
  afterEach(async () => {
    await store.close();
    await slack.close();
    await target.cleanup();
  });

  it('reminds every-change channels once, and no credential- or issuer-scoped channel', async () => {
    const catalog = { ...reminderCatalog(), dod8140: await withNextVersion() };
    const ws = { team: 'T1', enterprise: '', actor: 'U1', now: LONG_AGO };
    await subscribe(store, { ...ws, channel: 'C-ALL', scope: { kind: 'all' }, leads: [7] });
    await subscribe(store, { ...ws, channel: 'C-ONE', scope: { kind: 'credentials', ids: ['aaism'] }, leads: [7] });
    await subscribe(store, { ...ws, channel: 'C-AWS', scope: { kind: 'issuer', id: 'aws' }, leads: [7] });
    const pass = () =>
      runReminderPass({
        store,
        catalog,
        now: PASS_NOW,
        poster: createSlackPoster({ token: 'xoxb-test', slackApiUrl: slack.apiUrl }),
        holder: 'test',
        logger,
      });
    await pass();
    await pass();
    const posts = slack.callsTo('chat.postMessage');
    const mentioning = posts.filter((c) => JSON.stringify(c.body.blocks).includes('V2.2'));
    expect(mentioning.map((c) => c.body.channel)).toEqual(['C-ALL']);
    const [call] = mentioning;
    if (!call) throw new Error('no post');
    expect(validateMessage({ text: String(call.body.text), blocks: call.body.blocks as unknown[] })).toEqual([]);
    expect(JSON.stringify(call.body.blocks)).toContain('Version 2.2 takes effect, replacing V2.1');
  });
});
