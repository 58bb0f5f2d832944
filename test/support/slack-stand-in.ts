/**
 * A small HTTP stand-in for Slack's Web API (and for response_url endpoints), started by tests.
 * Point the app's SLACK_API_URL at `apiUrl`. Every call is recorded with its parsed body.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** Web API method (chat.postMessage) or, for response_url posts, the path (/respond/abc). */
  method: string;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  at: number;
}

export interface StandInReply {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
  /** Wait this long before answering (a slow Slack). */
  delayMs?: number;
}

export type Handler = (call: RecordedCall) => StandInReply | Promise<StandInReply>;

/**
 * Ways a Slack method misbehaves, for fault tests: a 429 with Retry-After, an HTTP 5xx, or an answer
 * (`ok: true`, or `ok: false`) given only after `delayMs`, past the client's timeout: Slack accepted
 * (or rejected) the call, but the caller never hears which.
 */
export type FaultMode =
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'server-error'; status?: number }
  | { kind: 'accept-then-time-out'; delayMs: number }
  | { kind: 'reject-then-time-out'; delayMs: number; error?: string };

/** The handler that answers as `mode` says (for chat.postMessage-like methods: `ok: true` carries a ts). */
export function faultHandler(mode: FaultMode): Handler {
  switch (mode.kind) {
    case 'rate-limited':
      return () => ({
        status: 429,
        headers: { 'retry-after': String(mode.retryAfterSeconds) },
        body: { ok: false, error: 'ratelimited' },
      });
    case 'server-error':
      return () => ({ status: mode.status ?? 503, body: 'upstream unavailable' });
    case 'accept-then-time-out':
      return (c) => ({
        delayMs: mode.delayMs,
        body: { ok: true, channel: c.body.channel, ts: `${Math.floor(c.at / 1000)}.000100` },
      });
    case 'reject-then-time-out':
      return () => ({ delayMs: mode.delayMs, body: { ok: false, error: mode.error ?? 'internal_error' } });
  }
}

export interface SlackStandIn {
  /** Base URL for the Web API, ending in /api/. */
  apiUrl: string;
  /** A response_url on the stand-in; posts to it are recorded with method = its path. */
  responseUrl(id?: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  /** Replace the answer for one method (or a response_url path). */
  on(method: string, handler: Handler): void;
  /** Make one method misbehave (see FaultMode); `on` with a handler restores a normal answer. */
  fail(method: string, mode: FaultMode): void;
  /** Resolve once `count` calls to `method` were recorded (or reject after timeoutMs). */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

/** The bot token the stand-in's oauth.v2.access hands a workspace on install (code `code-TEAM`). */
export function installedToken(team: string): string {
  return `xoxb-${team}-installed-secret`;
}

/**
 * oauth.v2.access: a code `code-TEAM` (or `code-TEAM-rotating`, with token rotation on) installs the
 * app in TEAM; grant_type=refresh_token hands out the next token of the rotation.
 */
export function oauthAccessHandler(opts: { expiresIn?: number } = {}): Handler {
  let refreshed = 0;
  return (c) => {
    if (c.body.grant_type === 'refresh_token') {
      refreshed++;
      return {
        body: {
          ok: true,
          token_type: 'bot',
          access_token: `xoxe.xoxb-refreshed-${refreshed}`,
          refresh_token: `xoxe-1-refresh-${refreshed}`,
          expires_in: 43_200,
        },
      };
    }
    const [, team = 'T0TEST', rotating] = String(c.body.code ?? '').split('-');
    return {
      body: {
        ok: true,
        app_id: 'A0APP',
        authed_user: { id: 'U0INSTALLER', access_token: `xoxp-${team}-user-secret`, scope: 'identify' },
        scope: 'app_mentions:read,chat:write,commands',
        token_type: 'bot',
        access_token: rotating ? `xoxe.xoxb-${team}-rotating-secret` : installedToken(team),
        bot_user_id: 'UBOT',
        team: { id: team, name: `Team ${team}` },
        enterprise: null,
        is_enterprise_install: false,
        ...(rotating ? { refresh_token: `xoxe-1-${team}-first-refresh`, expires_in: opts.expiresIn ?? 3600 } : {}),
      },
    };
  };
}

const defaults: Record<string, Handler> = {
  'oauth.v2.access': oauthAccessHandler(),
  // A token the stand-in's oauth.v2.access issued belongs to its team; any other token to T0TEST.
  'auth.test': (c) => ({
    body: {
      ok: true,
      url: 'https://test.slack.com/',
      team: 'Test',
      user: 'certdesk',
      team_id:
        /xoxb-(T\w+?)-(?:installed|rotating)/.exec(String(c.headers.authorization ?? c.body.token))?.[1] ?? 'T0TEST',
      user_id: 'UBOT',
      bot_id: 'BBOT',
    },
  }),
  'chat.postMessage': (c) => ({
    body: {
      ok: true,
      channel: c.body.channel,
      ts: `${Math.floor(c.at / 1000)}.${String(c.at % 1000).padStart(6, '0')}`,
    },
  }),
  'chat.postEphemeral': () => ({ body: { ok: true, message_ts: '1700000000.000100' } }),
  'views.publish': () => ({ body: { ok: true, view: { id: 'V0TEST' } } }),
  'views.open': () => ({ body: { ok: true, view: { id: 'V0MODAL' } } }),
  'users.info': (c) => ({ body: { ok: true, user: { id: c.body.user, tz: 'UTC', tz_offset: 0, is_bot: false } } }),
  'conversations.info': (c) => ({ body: { ok: true, channel: { id: c.body.channel, is_member: true } } }),
};

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  const type = req.headers['content-type'] ?? '';
  if (raw === '') return {};
  if (type.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The Web API client form-encodes nested values (blocks, attachments) as JSON strings.
    out[k] = /^[[{]/.test(v) ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

export async function startSlackStandIn(): Promise<SlackStandIn> {
  const calls: RecordedCall[] = [];
  const handlers = new Map<string, Handler>(Object.entries(defaults));
  const waiters: { method: string; count: number; resolve: () => void }[] = [];

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const method = url.pathname.startsWith('/api/') ? url.pathname.slice('/api/'.length) : url.pathname;
      const call: RecordedCall = { method, body: await readBody(req), headers: req.headers, at: Date.now() };
      calls.push(call);
      for (const w of [...waiters]) {
        if (calls.filter((c) => c.method === w.method).length >= w.count) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      }
      const handler = handlers.get(method) ?? (method.startsWith('/') ? () => ({ body: 'ok' }) : undefined);
      const reply: StandInReply = handler ? await handler(call) : { body: { ok: false, error: 'unknown_method' } };
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      const isText = typeof reply.body === 'string';
      res.writeHead(reply.status ?? 200, {
        'content-type': isText ? 'text/plain' : 'application/json',
        ...reply.headers,
      });
      res.end(isText ? reply.body : JSON.stringify(reply.body));
    })().catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id = 'r1') => `${base}/respond/${id}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    on: (method, handler) => handlers.set(method, handler),
    fail: (method, mode) => handlers.set(method, faultHandler(mode)),
    waitFor: (method, count = 1, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const done = () => resolve(calls.filter((c) => c.method === method));
        if (calls.filter((c) => c.method === method).length >= count) return done();
        const timer = setTimeout(
          () => reject(new Error(`timed out waiting for ${count} call(s) to ${method}`)),
          timeoutMs,
        );
        waiters.push({
          method,
          count,
          resolve: () => {
            clearTimeout(timer);
            done();
          },
        });
      }),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
