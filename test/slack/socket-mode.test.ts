/**
 * Socket Mode end to end: the stand-in answers apps.connections.open with a local WebSocket server that
 * says hello, sends envelopes and expects their acknowledgments, as Slack does.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { createSlackApp, type SlackApp } from '../../src/slack/create-app.js';
import { validateMessage } from '../support/block-kit-validator.js';
import { type SlackStandIn, startSlackStandIn } from '../support/slack-stand-in.js';
import { BOT_USER, testDeps } from './harness.js';

interface Envelope {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

function socketServer() {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  const acks: Envelope[] = [];
  let socket: WebSocket | undefined;
  const connected = new Promise<WebSocket>((resolve) =>
    wss.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => acks.push(JSON.parse(data.toString()) as Envelope));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' } }));
      resolve(ws);
    }),
  );
  const ackFor = async (id: string, deadline = Date.now() + 5000) => {
    while (Date.now() < deadline) {
      const ack = acks.find((a) => a.envelope_id === id);
      if (ack) return ack;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no ack for ${id}`);
  };
  return {
    url: () => `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`,
    connected,
    send: (envelope: Record<string, unknown>) => socket?.send(JSON.stringify(envelope)),
    ackFor,
    close: () => new Promise<void>((resolve) => wss.close(() => resolve())),
  };
}

describe('Socket Mode', () => {
  let standIn: SlackStandIn | undefined;
  let slack: SlackApp | undefined;
  let ws: ReturnType<typeof socketServer> | undefined;
  afterEach(async () => {
    await slack?.stop(1000);
    await ws?.close();
    await standIn?.close();
  });

  it('connects through SLACK_API_URL, acknowledges envelopes with answers, and serves health on PORT', async () => {
    standIn = await startSlackStandIn();
    ws = socketServer();
    const server = ws;
    standIn.on('apps.connections.open', () => ({ body: { ok: true, url: server.url() } }));
    slack = createSlackApp(
      {
        botToken: 'xoxb-test-token',
        mode: { kind: 'socket', appToken: 'xapp-1-A0APP-test', signingSecret: undefined },
        port: 0,
        slackApiUrl: standIn.apiUrl,
      },
      await testDeps(),
    );
    const { port } = await slack.start();
    await ws.connected;
    const [open] = standIn.callsTo('apps.connections.open');
    expect(open?.headers.authorization).toBe('Bearer xapp-1-A0APP-test');

    ws.send({
      envelope_id: 'env-cmd',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        command: '/cert',
        text: 'what is aaism',
        team_id: 'T0TEST',
        user_id: 'U0ASKER',
        channel_id: 'C0CHAN',
        response_url: standIn.responseUrl('sm'),
        trigger_id: '1.2.3',
        api_app_id: 'A0APP',
      },
    });
    const ack = await ws.ackFor('env-cmd');
    expect(ack.payload?.response_type).toBe('ephemeral');
    expect(String(ack.payload?.text)).toMatch(/AAISM/);
    expect(validateMessage({ text: String(ack.payload?.text), blocks: ack.payload?.blocks as unknown[] })).toEqual([]);

    const event = {
      type: 'event_callback',
      team_id: 'T0TEST',
      api_app_id: 'A0APP',
      event_id: 'Ev0SOCKET',
      event_time: 1764000000,
      event: { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER}> aaism`, ts: '5.0', channel: 'C0CHAN' },
    };
    ws.send({
      envelope_id: 'env-ev1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: event,
    });
    await ws.ackFor('env-ev1');
    const [post] = await standIn.waitFor('chat.postMessage');
    expect(post?.body.thread_ts).toBe('5.0');
    ws.send({
      envelope_id: 'env-ev2',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 1,
      retry_reason: 'timeout',
      payload: event,
    });
    await ws.ackFor('env-ev2');
    await slack.idle();
    expect(standIn.callsTo('chat.postMessage')).toHaveLength(1);

    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);

    const closed = once((await ws.connected) as WebSocket, 'close');
    await slack.stop(1000);
    slack = undefined;
    await closed;
  });
});
