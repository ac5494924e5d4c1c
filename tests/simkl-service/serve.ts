/**
 * Runs the local Simkl service on its own, for the demo and for poking at it by hand:
 *   npx tsx tests/simkl-service/serve.ts [--port 8443] [--consent click] [--empty '{}'] [--no-rate-limits]
 * Prints one JSON line (port, hostnames, control URL) and serves until interrupted.
 */
import { parseArgs } from 'node:util';
import { startSimklService } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    consent: { type: 'string', default: 'auto' },
    empty: { type: 'string', default: 'null' },
    'no-rate-limits': { type: 'boolean', default: false },
  },
});

const service = await startSimklService({
  port: Number(values.port),
  consent: values.consent === 'click' ? 'click' : 'auto',
  emptyLibraryAs: values.empty === '{}' ? '{}' : 'null',
  rateLimits: !values['no-rate-limits'],
});
console.log(
  JSON.stringify({
    port: service.port,
    hostnames: service.hostnames,
    control: `https://127.0.0.1:${service.port}/_control/`,
  }),
);
const stop = () => void service.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
