/**
 * Liveness and readiness, shared by both modes: HTTP mode mounts them as Bolt custom routes next to
 * /slack/events; Socket Mode serves them alone (start-health-server.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TIMED_OUT, withinDeadline } from './within-deadline.js';

export interface ReadyState {
  ok: boolean;
  reason?: string;
}

/** Whether the app can answer: the catalog is loaded and the store reachable. */
export type ReadyCheck = () => Promise<ReadyState>;

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';
/** A readiness check that takes longer than this counts as not ready. */
export const READY_TIMEOUT_MS = 2000;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export function serveHealthz(_req: IncomingMessage, res: ServerResponse): void {
  sendJson(res, 200, { ok: true });
}

async function checkWithin(ready: ReadyCheck, ms: number): Promise<ReadyState> {
  const state = await withinDeadline(
    ready().catch((err: unknown) => ({ ok: false, reason: err instanceof Error ? err.message : String(err) })),
    ms,
  );
  return state === TIMED_OUT ? { ok: false, reason: `readiness check took longer than ${ms} ms` } : state;
}

export function serveReadyz(ready: ReadyCheck, isStopping: () => boolean = () => false) {
  return (_req: IncomingMessage, res: ServerResponse): void => {
    if (isStopping()) {
      sendJson(res, 503, { ok: false, reason: 'shutting down' });
      return;
    }
    void checkWithin(ready, READY_TIMEOUT_MS).then((state) =>
      sendJson(res, state.ok ? 200 : 503, state.ok ? { ok: true } : { ok: false, reason: state.reason ?? 'not ready' }),
    );
  };
}
