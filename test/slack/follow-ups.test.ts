/**
 * Follow-ups end to end: the real Bolt app over HTTP with signed requests, the Slack stand-in, and the
 * conversation's subject in a real database (SQLite and PostgreSQL). A DM's follow-up and a mention in
 * the answer's thread are about the previous subject; another thread is not; a store that is down or
 * stalled costs the context, never the reply.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { createStoreTarget, STORE_KINDS, type StoreTarget } from '../store/store-targets.js';
import { examAmounts } from '../support/exam-amounts.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { BOT_USER, CHANNEL, catalogIndex, type Harness, NOW, startHarness, TEAM } from './harness.js';
import { blockKitProblems } from './seen-messages.js';

const PG = new URL(process.env.CERTDESK_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test');

let seq = 0;
/** A fresh Slack ts, so that every message of a test is its own. */
const ts = () => `1764000${String(100 + ++seq).padStart(3, '0')}.000100`;

const dm = (text: string, channel: string, extra: Record<string, unknown> = {}) => {
  const t = ts();
  return { type: 'message', channel, channel_type: 'im', user: 'U0ASKER', text, ts: t, event_ts: t, ...extra };
};
const mention = (text: string, channel: string, extra: Record<string, unknown> = {}) => {
  const t = ts();
  return {
    type: 'app_mention',
    user: 'U0ASKER',
    text: `<@${BOT_USER}> ${text}`,
    ts: t,
    event_ts: t,
    channel,
    ...extra,
  };
};

type Reply = Record<string, unknown> & { text: string; blocks: { type: string; block_id?: string }[]; all: string };

/** Sends an event and returns the reply it got, once the listener (and its write) is done. */
async function ask(h: Harness, event: Record<string, unknown>, opts: Parameters<Harness['event']>[1] = {}) {
  const before = h.standIn.callsTo('chat.postMessage').length;
  expect((await h.event(event, opts)).status).toBe(200);
  const posts = await h.standIn.waitFor('chat.postMessage', before + 1, 10_000);
  await h.slack.idle();
  const post = posts[before];
  if (!post) throw new Error('no reply');
  return { ...post.body, all: JSON.stringify(post.body) } as Reply;
}

/** The answer itself: the blocks without the note on how the question was read and the buttons. */
const body = (r: Reply) => r.blocks.filter((b) => b.block_id !== 'interpretations' && b.type !== 'actions');

/** A follow-up's reply is the reply to the question spelled out, with a note on how it was read. */
function expectSameAnswer(followUp: Reply, spelled: Reply, note: string) {
  expect(followUp.text).toBe(spelled.text);
  expect(body(followUp)).toEqual(body(spelled));
  expect(followUp.all).toContain(note);
  expect(spelled.all).not.toContain('from the previous answer');
}

describe.each(STORE_KINDS)('follow-ups on %s', (kind) => {
  let target: StoreTarget;
  let store: Store;
  let h: Harness;

  beforeAll(async () => {
    target = await createStoreTarget(kind);
    store = await openStore(target.url);
    h = await startHarness({ deps: { store } });
  });
  afterAll(async () => {
    expect(blockKitProblems(h)).toEqual([]);
    await h.close();
    await store.close();
    await target.cleanup();
  });

  it('a DM follow-up that names no credential is about the previous answer: "and how much is it?" after aaism', async () => {
    const first = await ask(h, dm('aaism', 'D0FOLLOW'));
    expect(first.text).toMatch(/AAISM/);
    const reply = await ask(h, dm('and how much is it?', 'D0FOLLOW'));
    expect(reply.channel).toBe('D0FOLLOW');
    expect(reply.thread_ts).toBeUndefined();
    const index = await catalogIndex();
    const amounts = examAmounts(index.credential('aaism')?.cost.prices);
    expect(amounts.length).toBeGreaterThan(0);
    for (const amount of amounts) expect(reply.all).toContain(`$${amount.toLocaleString('en-US')}`);
    expect(reply.all).toContain('from the previous answer');
    // The same fact answer as the question spelled out (in a DM of its own).
    const spelled = await ask(h, dm('how much is aaism', 'D0SPELLED'));
    expectSameAnswer(reply, spelled, 'Read “it” as AAISM, from the previous answer.');
    // Shared into a channel, the answer re-asks a question that names its subject.
    expect(reply.all).toContain('and how much is AAISM?');
    // Only ids and the intent are stored, keyed by workspace, channel and thread ('' for a DM's top level).
    const kept = await store.threadContext.get({ team: TEAM, enterprise: '', channel: 'D0FOLLOW', thread: '' }, NOW);
    expect(kept).toEqual({ credentials: ['aaism'], intent: 'fact', fields: ['cost'] });
  });

  it('a DM with no previous answer, and a thread inside the DM, start without context', async () => {
    const fresh = await ask(h, dm('and how much is it?', 'D0FRESH'));
    expect(fresh.all).not.toContain('from the previous answer');
    expect(fresh.all).not.toContain('AAISM: cost');
    await ask(h, dm('aaism', 'D0FRESH'));
    const inThread = await ask(h, dm('and how much is it?', 'D0FRESH', { thread_ts: '1764000000.000900' }));
    expect(inThread.thread_ts).toBe('1764000000.000900');
    expect(inThread.all).not.toContain('from the previous answer');
  });

  it("in a channel, a mention in the answer's thread follows up; a mention in another thread does not", async () => {
    const root = mention('aaism', CHANNEL);
    const first = await ask(h, root);
    expect(first.thread_ts).toBe(root.ts);
    const follow = await ask(h, mention('what about prerequisites', CHANNEL, { thread_ts: root.ts }));
    expect(follow.thread_ts).toBe(root.ts);
    const spelled = await ask(h, mention('aaism prerequisites', 'C0SPELLED'));
    expectSameAnswer(follow, spelled, 'a follow-up about AAISM');
    expect(follow.all).toMatch(/prerequisite/i);
    // A later mention in the same thread still follows up on what the thread is about now.
    const compare = await ask(h, mention('compare it with aaia', CHANNEL, { thread_ts: root.ts }));
    const spelledCompare = await ask(h, mention('compare aaism with aaia', 'C0SPELLED'));
    expectSameAnswer(compare, spelledCompare, 'Read “it” as AAISM, from the previous answer.');
    // Another thread in the same channel, and another channel, know nothing of it.
    const other = await ask(h, mention('what about prerequisites', CHANNEL, { thread_ts: '1764000000.000777' }));
    expect(other.all).not.toContain('follow-up about');
    expect(other.text).not.toBe(follow.text);
    const elsewhere = await ask(h, mention('what about prerequisites', 'C0ELSEWHERE', { thread_ts: root.ts }));
    expect(elsewhere.text).toBe(other.text);
  });

  it('keeps the workspaces apart', async () => {
    await ask(h, dm('cissp', 'D0SHARED'));
    const team = 'T0ELSE';
    const fromAnotherTeam = await ask(h, dm('and how much is it?', 'D0SHARED'), {
      envelope: {
        team_id: team,
        authorizations: [
          { enterprise_id: null, team_id: team, user_id: BOT_USER, is_bot: true, is_enterprise_install: false },
        ],
      },
    });
    expect(fromAnotherTeam.all).not.toContain('from the previous answer');
    const sameTeam = await ask(h, dm('and how much is it?', 'D0SHARED'));
    expect(sameTeam.all).toContain('Read “it” as CISSP, from the previous answer.');
  });
});

describe('follow-ups with the store unavailable', () => {
  let target: StoreTarget;
  let proxy: TcpProxy;
  let store: Store;
  let h: Harness | undefined;

  beforeAll(async () => {
    target = await createStoreTarget('postgres');
  });
  afterEach(async () => {
    if (h) expect(blockKitProblems(h)).toEqual([]);
    await h?.close();
    h = undefined;
    proxy.restore();
    await store.close();
    await proxy.close();
  });
  afterAll(async () => {
    await target.cleanup();
  });

  const start = async () => {
    proxy = await startTcpProxy({ host: PG.hostname, port: Number(PG.port || 5432) });
    // As main.ts does: idle connections dropped by the cut are logged there, not thrown.
    store = await openStore(proxy.via(target.url), {
      limits: { connectTimeoutMs: 500, statementTimeoutMs: 800 },
      onPoolError: () => undefined,
    });
    h = await startHarness({ deps: { store } });
    return h;
  };
  const warnings = (app: Harness) =>
    app.logs.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('follow-up context')).map((l) => l.msg);

  it('PostgreSQL cut: every question is still answered, without context; context comes back with the database', async () => {
    const app = await start();
    await ask(app, dm('aaism', 'D0CUT'));
    proxy.cut();
    const down = await ask(app, dm('and how much is it?', 'D0CUT'));
    expect(down.channel).toBe('D0CUT');
    expect(down.all).not.toContain('from the previous answer');
    const spelled = await ask(app, dm('how much is aaism', 'D0CUT2'));
    expect(spelled.text).toMatch(/AAISM/);
    const inThread = await ask(app, mention('what is aaia', CHANNEL));
    expect(inThread.thread_ts).toBeDefined();
    expect(warnings(app)).toContain('follow-up context read failed: answering without it');
    proxy.restore();
    const back = await ask(app, dm('and how much is it?', 'D0CUT'));
    expect(back.all).toContain('Read “it” as AAISM, from the previous answer.');
  });

  it('PostgreSQL stalled: the answer waits a bounded time for the context, then goes without it', async () => {
    const app = await start();
    await ask(app, dm('aaism', 'D0STALL'));
    proxy.stall();
    const slow = await ask(app, mention('what about prerequisites', CHANNEL, { thread_ts: '1764000000.000555' }));
    expect(slow.thread_ts).toBe('1764000000.000555');
    expect(slow.all).not.toContain('follow-up about');
    const dmReply = await ask(app, dm('and how much is it?', 'D0STALL'));
    expect(dmReply.all).not.toContain('from the previous answer');
    expect(warnings(app)).toContain('follow-up context read timed out: answering without it');
  });
});

describe('follow-ups with the SQLite store closed', () => {
  it('answers without context', async () => {
    const target = await createStoreTarget('sqlite');
    const store = await openStore(target.url);
    const h = await startHarness({ deps: { store } });
    try {
      await ask(h, dm('aaism', 'D0CLOSED'));
      await store.close();
      const reply = await ask(h, dm('and how much is it?', 'D0CLOSED'));
      expect(reply.all).not.toContain('from the previous answer');
      expect(h.logs.some((l) => l.msg === 'follow-up context read failed: answering without it')).toBe(true);
      expect(blockKitProblems(h)).toEqual([]);
    } finally {
      await h.close();
      await target.cleanup();
    }
  });
});
