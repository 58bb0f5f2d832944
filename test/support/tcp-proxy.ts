/**
 * A TCP proxy between the app and PostgreSQL that a test can stall (bytes held, as on a frozen
 * network), cut (every connection dropped and new ones refused, as when the server crashes) and
 * restore. The tests run as root, so a second PostgreSQL cluster is not an option; this is.
 */
import { once } from 'node:events';
import { type AddressInfo, createConnection, createServer, type Socket } from 'node:net';

export type ProxyMode = 'open' | 'stalled' | 'cut';

export interface TcpProxy {
  port: number;
  readonly mode: ProxyMode;
  /** Hold every byte in both directions (connections stay open); new connections wait too. */
  stall(): void;
  /** Drop every connection; refuse new ones. */
  cut(): void;
  /** Forward again: held bytes flow, held connections reach the server. */
  restore(): void;
  /** Rewrites host:port of a database URL to go through the proxy. */
  via(url: string): string;
  close(): Promise<void>;
}

interface Pair {
  client: Socket;
  upstream: Socket | undefined;
  held: { to: 'client' | 'upstream'; data: Buffer }[];
}

export async function startTcpProxy(
  target: { host: string; port: number },
  mode: ProxyMode = 'open',
): Promise<TcpProxy> {
  let current: ProxyMode = mode;
  const pairs = new Set<Pair>();

  const send = (pair: Pair, to: 'client' | 'upstream', data: Buffer) => {
    const socket = to === 'client' ? pair.client : pair.upstream;
    if (current === 'stalled' || !socket) pair.held.push({ to, data });
    else socket.write(data);
  };
  const drop = (pair: Pair) => {
    pair.client.destroy();
    pair.upstream?.destroy();
    pairs.delete(pair);
  };
  const connectUpstream = (pair: Pair) => {
    const upstream = createConnection(target);
    pair.upstream = upstream;
    upstream.on('data', (d: Buffer) => send(pair, 'client', d));
    upstream.on('error', () => drop(pair));
    upstream.on('close', () => drop(pair));
    for (const h of pair.held.splice(0)) send(pair, h.to, h.data);
  };

  const server = createServer((client) => {
    if (current === 'cut') {
      client.destroy();
      return;
    }
    const pair: Pair = { client, upstream: undefined, held: [] };
    pairs.add(pair);
    client.on('data', (d: Buffer) => send(pair, 'upstream', d));
    client.on('error', () => drop(pair));
    client.on('close', () => drop(pair));
    if (current === 'open') connectUpstream(pair);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    port,
    get mode() {
      return current;
    },
    stall() {
      current = 'stalled';
    },
    cut() {
      current = 'cut';
      for (const p of [...pairs]) drop(p);
    },
    restore() {
      current = 'open';
      for (const p of [...pairs]) {
        if (!p.upstream) connectUpstream(p);
        else for (const h of p.held.splice(0)) send(p, h.to, h.data);
      }
    },
    via: (url) => url.replace(/@([^/@:]+)(:\d+)?\//, `@127.0.0.1:${port}/`),
    async close() {
      current = 'cut';
      for (const p of [...pairs]) drop(p);
      server.close();
      await once(server, 'close');
    },
  };
}
