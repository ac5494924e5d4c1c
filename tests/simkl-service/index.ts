/**
 * The local Simkl-compatible service: one HTTPS server on 127.0.0.1 answering for api.simkl.com,
 * simkl.com, data.simkl.in, simkl.in and wsrv.nl (routed by Host), plus any fixture hosts the caller
 * adds. It follows docs/simkl-api.md (see README.md here for what is modelled).
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { SIMKL_HOSTS } from '../../lib/hosts';
import { createControl } from './control';
import { createHandler } from './server';
import { ServiceState } from './state';
import { certificateFor } from './tls';
import type { RequestHandler, RunningSimklService, SimklServiceOptions } from './types';

export { DEV_CLIENT_ID, DEV_CLIENT_ID_V1, DEV_CLIENT_SECRET_V1, DEV_REDIRECT_URIS } from './auth-store';
export { DEMO_USER } from './state';
export type * from './types';

export async function startSimklService(options: SimklServiceOptions = {}): Promise<RunningSimklService> {
  const extraHosts: Record<string, RequestHandler> = {};
  for (const [host, handler] of Object.entries(options.extraHosts ?? {}))
    extraHosts[host.toLowerCase()] = handler;
  const hostnames = [...new Set([...SIMKL_HOSTS, ...Object.keys(extraHosts)])];
  const { key, cert } = certificateFor(hostnames);
  const state = new ServiceState(options);
  const control = createControl(state);
  const handler = createHandler(state, control, extraHosts);
  const server = https.createServer({ key, cert }, (req, res) => {
    Promise.resolve(handler(req, res)).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    hostnames,
    certPem: cert,
    control,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
