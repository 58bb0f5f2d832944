/**
 * In Socket Mode nothing listens for HTTP, yet orchestrators probe a port: this small server answers
 * GET /healthz and /readyz on PORT, 413 to bodies over the limit, and 404 to everything else.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exceedsBodyLimit } from './body-limit.js';
import { HEALTH_PATH, READY_PATH, type ReadyCheck, serveHealthz, serveReadyz } from './health.js';

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(opts: {
  port: number;
  ready: ReadyCheck;
  isStopping: () => boolean;
}): Promise<HealthServer> {
  const readyz = serveReadyz(opts.ready, opts.isStopping);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const method = req.method ?? 'GET';
    if (exceedsBodyLimit(req)) {
      res.writeHead(413, { connection: 'close' });
      res.end();
      return;
    }
    if ((method === 'GET' || method === 'HEAD') && path === HEALTH_PATH) return serveHealthz(req, res);
    if ((method === 'GET' || method === 'HEAD') && path === READY_PATH) return readyz(req, res);
    res.writeHead(404);
    res.end();
  });
  server.listen(opts.port);
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
