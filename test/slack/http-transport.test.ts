import { afterEach, describe, expect, it } from 'vitest';
import { signSlackRequest } from '../support/sign-slack-request.js';
import type { SlackStandIn } from '../support/slack-stand-in.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';

/** Calls a listener could have caused (auth.test is Bolt's own, made once at start). */
const listenerCalls = (standIn: SlackStandIn) => standIn.calls.filter((c) => c.method !== 'auth.test');

describe('HTTP mode transport', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  it('answers url_verification with the challenge', async () => {
    h = await startHarness();
    const res = await h.post(JSON.stringify({ token: 't', challenge: 'chal-123', type: 'url_verification' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'chal-123' });
  });

  it('refuses forged signatures, stale timestamps and missing headers with 401, and runs no listener', async () => {
    h = await startHarness();
    const body = new URLSearchParams({
      command: '/cert',
      text: 'aaism',
      user_id: 'U1',
      team_id: 'T1',
      channel_id: 'C1',
    });
    const raw = body.toString();
    const form = 'application/x-www-form-urlencoded';
    const forged = signSlackRequest('not-the-secret', raw);
    const stale = signSlackRequest(SIGNING_SECRET, raw, Math.floor(Date.now() / 1000) - 6 * 60);
    const tampered = signSlackRequest(SIGNING_SECRET, raw);
    const responses = [
      await h.post(raw, { contentType: form, headers: forged }),
      await h.post(raw, { contentType: form, headers: stale }),
      await h.post(raw, { contentType: form, headers: {} }),
      await h.post(raw, { contentType: form, headers: { 'x-slack-signature': forged['x-slack-signature'] ?? '' } }),
      await h.post(`${raw}&x=1`, { contentType: form, headers: tampered }),
    ];
    expect(responses.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
    expect(h.replies).toEqual([]);
    await h.slack.idle();
    expect(listenerCalls(h.standIn)).toEqual([]);
  });

  it('accepts a correctly signed request (the control for the test above)', async () => {
    h = await startHarness();
    const res = await h.command('help');
    expect(res.status).toBe(200);
  });

  it('refuses bodies over 1 MB with 413', async () => {
    h = await startHarness();
    const big = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(1024 * 1024) });
    const res = await h.post(big);
    expect(res.status).toBe(413);
    expect(listenerCalls(h.standIn)).toEqual([]);
  });

  it('refuses a chunked body (no content-length) that grows past 1 MB with 413', async () => {
    h = await startHarness();
    const chunk = new TextEncoder().encode(`{"type":"event_callback","padding":"${'x'.repeat(64 * 1024)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 2 * 1024 * 1024) controller.close();
        else {
          sent += chunk.length;
          controller.enqueue(chunk);
        }
      },
    });
    const res = await fetch(`${h.base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signSlackRequest(SIGNING_SECRET, 'unused') },
      body,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' }).catch((err: unknown) => err);
    // Refused with 413, or cut off while still sending: either way never read whole, and no listener ran.
    if (res instanceof Response) expect(res.status).toBe(413);
    else expect(res).toBeInstanceOf(Error);
    await h.slack.idle();
    expect(listenerCalls(h.standIn)).toEqual([]);
    expect(h.logs.some((l) => /exceeded the maximum allowed size/.test(String(l.msg)))).toBe(true);
  });

  it('serves /healthz and /readyz on the same port', async () => {
    h = await startHarness();
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${h.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true });
  });

  it('answers /readyz 503 with the reason when the store is unreachable', async () => {
    h = await startHarness({ ready: async () => ({ ok: false, reason: 'store unreachable: ECONNREFUSED' }) });
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${h.base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ok: false, reason: 'store unreachable: ECONNREFUSED' });
  });
});
