/**
 * Firefox has no --host-resolver-rules, so its PAC sends every non-local request here: CONNECT to a
 * mapped host is tunnelled to the world's port, anything else is refused (and remembered), which keeps
 * Firefox's own background traffic off the network.
 */
import http from 'node:http';
import net from 'node:net';
import type { WorldAddress } from './world';

export interface ConnectProxy {
  port: number;
  /** `host:port` of every refused CONNECT, for debugging a page that would not load. */
  refused: string[];
  /**
   * Takes the network away (open tunnels cut, new ones refused) or gives it back: Firefox over BiDi
   * has no offline switch, and this is what a dropped connection looks like to it.
   */
  setCut(cut: boolean): void;
  close(): Promise<void>;
}

export async function startConnectProxy(world: WorldAddress): Promise<ConnectProxy> {
  const mapped = new Set(world.hostnames);
  const refused: string[] = [];
  const sockets = new Set<net.Socket>();
  let cut = false;
  const server = http.createServer((_req, res) => res.writeHead(403).end('only CONNECT to mapped hosts'));
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const target = req.url ?? '';
    if (cut) {
      client.destroy();
      return;
    }
    if (!mapped.has(target.replace(/:\d+$/, ''))) {
      refused.push(target);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(world.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    }
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The CONNECT proxy has no port');
  return {
    port: address.port,
    refused,
    setCut(next) {
      cut = next;
      if (cut) for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A PAC script: loopback direct, everything else through the proxy (which admits only mapped hosts). */
export function pacUrl(proxyPort: number): string {
  const script = `function FindProxyForURL(url, host) {
  if (host === 'localhost' || host === '127.0.0.1') return 'DIRECT';
  return 'PROXY 127.0.0.1:${proxyPort}';
}`;
  return `data:text/javascript,${encodeURIComponent(script)}`;
}
