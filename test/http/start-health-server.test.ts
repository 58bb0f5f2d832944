import { afterEach, describe, expect, it } from 'vitest';
import type { ReadyState } from '../../src/http/health.js';
import { type HealthServer, startHealthServer } from '../../src/http/start-health-server.js';

describe('startHealthServer (Socket Mode health port)', () => {
  let server: HealthServer | undefined;
  afterEach(async () => server?.close());

  async function start(ready: () => Promise<ReadyState>, stopping = false) {
    server = await startHealthServer({ port: 0, ready, isStopping: () => stopping });
    return `http://127.0.0.1:${server.port}`;
  }

  it('answers /healthz 200 and /readyz 200 when ready', async () => {
    const base = await start(async () => ({ ok: true }));
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true });
  });

  it('answers /readyz 503 with the reason when not ready, when the check throws, and while stopping', async () => {
    let base = await start(async () => ({ ok: false, reason: 'store unreachable' }));
    let r = await fetch(`${base}/readyz`);
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({ ok: false, reason: 'store unreachable' });
    await server?.close();

    base = await start(async () => {
      throw new Error('connection refused');
    });
    r = await fetch(`${base}/readyz`);
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({ ok: false, reason: 'connection refused' });
    await server?.close();

    base = await start(async () => ({ ok: true }), true);
    r = await fetch(`${base}/readyz`);
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({ ok: false, reason: 'shutting down' });
  });

  it('serves nothing else: 404 for other paths, 413 for bodies over 1 MB', async () => {
    const base = await start(async () => ({ ok: true }));
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
    const big = await fetch(`${base}/slack/events`, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) });
    expect(big.status).toBe(413);
  });
});
