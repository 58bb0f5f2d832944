/**
 * The real app, started in HTTP mode on a free port, its Web API pointed at the Slack stand-in; requests
 * built and signed the way Slack builds and signs them.
 */
import { Writable } from 'node:stream';
import { buildCatalogIndex, type CatalogIndex } from '../../src/catalog/build-catalog-index.js';
import { loadCatalog } from '../../src/catalog/load-catalog.js';
import { DEFAULT_CATALOG_DIR } from '../../src/config.js';
import type { ReadyCheck } from '../../src/http/health.js';
import { createLogger } from '../../src/log/create-logger.js';
import { createSlackApp, type SlackApp } from '../../src/slack/create-app.js';
import type { RegisterListeners, SlackDeps } from '../../src/slack/slack-deps.js';
import { createMemoryEventDedup } from '../../src/store/event-dedup.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { signSlackRequest } from '../support/sign-slack-request.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { slashCommandForm } from '../support/slash-command-form.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const NOW = new Date('2026-11-24T12:00:00Z');
export const TEAM = 'T0TEST';
export const BOT_USER = 'UBOT'; // what the stand-in's auth.test answers
export const CHANNEL = 'C0CHAN';
export const ASKER = 'U0ASKER';

let cachedIndex: Promise<CatalogIndex> | undefined;
export function catalogIndex(): Promise<CatalogIndex> {
  cachedIndex ??= loadCatalog(DEFAULT_CATALOG_DIR, { now: NOW }).then(buildCatalogIndex);
  return cachedIndex;
}

let cachedStore: Promise<Store> | undefined;
/** One in-memory SQLite store per test file. */
export function memoryStore(): Promise<Store> {
  cachedStore ??= openStore('sqlite::memory:');
  return cachedStore;
}

/** Listener dependencies over the real catalog, a fixed clock, an in-memory store; logs discarded unless given. */
export async function testDeps(overrides: Partial<SlackDeps> = {}): Promise<SlackDeps> {
  const store = await memoryStore();
  return {
    index: await catalogIndex(),
    now: () => NOW,
    log: createLogger({ level: 'silent' }),
    dedup: createMemoryEventDedup(),
    ready: async () => ({ ok: true }),
    store,
    admins: [],
    ...overrides,
  };
}

export interface Harness {
  base: string;
  standIn: SlackStandIn;
  slack: SlackApp;
  logs: Record<string, unknown>[];
  /** Every JSON body the app answered with (slash command acknowledgments). */
  replies: unknown[];
  post(body: string, opts?: PostOptions): Promise<Response>;
  command(text: string, extra?: Record<string, string>): Promise<Response>;
  action(actionId: string, action: Record<string, unknown>, extra?: Record<string, unknown>): Promise<Response>;
  event(
    event: Record<string, unknown>,
    opts?: { eventId?: string; retryNum?: number; envelope?: Record<string, unknown> },
  ): Promise<Response>;
  close(): Promise<void>;
}

export interface PostOptions {
  contentType?: string;
  /** Replace the signature headers (or pass {} for none). */
  headers?: Record<string, string>;
  /** Added to the signature headers. */
  extraHeaders?: Record<string, string>;
  timestamp?: number;
}

export async function startHarness(
  opts: { ready?: ReadyCheck; listeners?: RegisterListeners[]; deps?: Partial<SlackDeps> } = {},
): Promise<Harness> {
  const standIn = await startSlackStandIn();
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const deps = await testDeps({
    log: createLogger({ level: 'debug', destination }),
    ...(opts.ready ? { ready: opts.ready } : {}),
    ...opts.deps,
  });
  const config = {
    botToken: 'xoxb-test-token',
    mode: { kind: 'http' as const, signingSecret: SIGNING_SECRET },
    port: 0,
    slackApiUrl: standIn.apiUrl,
  };
  const slack = createSlackApp(config, deps, ...(opts.listeners ? [opts.listeners] : []));
  const { port } = await slack.start();
  const base = `http://127.0.0.1:${port}`;
  const replies: unknown[] = [];

  const post = async (body: string, p: PostOptions = {}) => {
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': p.contentType ?? 'application/json',
        ...(p.headers ?? signSlackRequest(SIGNING_SECRET, body, p.timestamp)),
        ...p.extraHeaders,
      },
      body,
    });
    const text = await res.clone().text();
    if (text.startsWith('{')) replies.push(JSON.parse(text));
    return res;
  };
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const formType = 'application/x-www-form-urlencoded';

  return {
    base,
    standIn,
    slack,
    logs,
    replies,
    post,
    command: (text, extra = {}) =>
      post(
        slashCommandForm({
          team_id: TEAM,
          channel_id: CHANNEL,
          user_id: ASKER,
          text,
          response_url: standIn.responseUrl('command'),
          ...extra,
        }),
        { contentType: formType },
      ),
    action: (actionId, action, extra = {}) =>
      post(
        form({
          payload: JSON.stringify({
            type: 'block_actions',
            user: { id: 'U0SHARER', username: 'sharer', name: 'sharer', team_id: TEAM },
            api_app_id: 'A0APP',
            token: 'verification-token',
            container: { type: 'message', message_ts: '1764000000.000100', channel_id: CHANNEL, is_ephemeral: true },
            trigger_id: '111.222.def',
            team: { id: TEAM, domain: 'test' },
            enterprise: null,
            is_enterprise_install: false,
            channel: { id: CHANNEL, name: 'general' },
            response_url: standIn.responseUrl('action'),
            actions: [{ action_id: actionId, block_id: 'card_actions', action_ts: '1764000001.000200', ...action }],
            ...extra,
          }),
        }),
        { contentType: formType },
      ),
    event: (event, o = {}) =>
      post(
        JSON.stringify({
          token: 'verification-token',
          team_id: TEAM,
          api_app_id: 'A0APP',
          event,
          type: 'event_callback',
          event_id: o.eventId ?? `Ev${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
          event_time: 1764000000,
          authorizations: [
            { enterprise_id: null, team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false },
          ],
          is_ext_shared_channel: false,
          ...o.envelope,
        }),
        o.retryNum === undefined
          ? {}
          : { extraHeaders: { 'x-slack-retry-num': String(o.retryNum), 'x-slack-retry-reason': 'http_timeout' } },
      ),
    close: async () => {
      await slack.stop(1000);
      await standIn.close();
    },
  };
}
