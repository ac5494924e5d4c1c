/**
 * The control API over HTTP: `POST https://127.0.0.1:<port>/_control/<method>` with a JSON body of named
 * arguments (or `{"args": [...]}`), answering the method's result as JSON (`null` for none) or
 * `400 {"error"}`. A fault's RegExp path travels as `pathRegExp` (its source string).
 */
import { isRecord, type Reply, type RequestInfo } from '../http';
import type { Fault, ServiceControl } from '../types';

type Body = Record<string, unknown>;

const NAMED_ARGS: Record<keyof ServiceControl, (body: Body) => unknown[]> = {
  reset: () => [],
  createUser: (b) => [b.name],
  issueToken: (b) => [b.userId, { mode: b.mode, scope: b.scope }],
  revokeToken: (b) => [b.token],
  expireToken: (b) => [b.token],
  seedLibrary: (b) => [b.userId, b.items],
  seedSyntheticLibrary: (b) => [b.userId, b.count, { episodes: b.episodes }],
  library: (b) => [b.userId],
  setEmptyLibraryAs: (b) => [b.value],
  setConsent: (b) => [b.value],
  setRateLimits: (b) => [b.value ?? b.enabled],
  setDetailFullByDefault: (b) => [b.value ?? b.enabled],
  pinSearchId: (b) => [b.key, b.value, b.simkl ?? null],
  setWebUser: (b) => [b.userId],
  approvePin: (b) => [b.userCode, b.userId],
  addClient: (b) => [isRecord(b.client) ? b.client : b],
  addRedirectUri: (b) => [b.clientId, b.uri],
  injectFault: (b) => [faultFrom(isRecord(b.fault) ? b.fault : b)],
  clearFaults: () => [],
  requestLog: () => [],
  clearLog: () => [],
};

function faultFrom(body: Body): Fault {
  const path = typeof body.pathRegExp === 'string' ? new RegExp(body.pathRegExp) : String(body.path ?? '/');
  return { ...(body as unknown as Fault), path };
}

function answer(status: number, value: unknown): Reply {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': '*' },
    body: JSON.stringify(value ?? null),
  };
}

export function handleControl(control: ServiceControl, info: RequestInfo): Reply {
  if (info.method === 'OPTIONS') {
    return {
      status: 204,
      headers: {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'Content-Type',
      },
      body: '',
    };
  }
  const name = info.path.slice('/_control/'.length) as keyof ServiceControl;
  const toArgs = Object.hasOwn(NAMED_ARGS, name) ? NAMED_ARGS[name] : undefined;
  if (!toArgs) return answer(404, { error: `unknown control method ${name}` });
  const body = isRecord(info.body) ? info.body : {};
  const args = Array.isArray(body.args) ? body.args : toArgs(body);
  try {
    const method = control[name] as (...a: unknown[]) => unknown;
    return answer(200, method(...args));
  } catch (error) {
    return answer(400, { error: error instanceof Error ? error.message : String(error) });
  }
}
