/**
 * Injected faults: the next `times` requests matching method / host / path answer a fixed status, lose
 * their connection, or are answered late — checked before anything else (limits, auth, routes). The
 * after-write kinds let the request run first (the write lands) and then answer a 5xx or drop the
 * connection, the failure a client cannot tell from a write that never arrived.
 */
import { empty, json, type Reply } from './http';
import type { AfterWriteStatus, Fault, FaultAction } from './types';

interface ArmedFault {
  fault: Fault;
  remaining: number;
}

const AFTER_WRITE_STATUSES: AfterWriteStatus[] = [500, 502, 503, 504];

export function isAfterWrite(action: FaultAction): boolean {
  return 'statusAfterWrite' in action || 'dropAfterWrite' in action;
}

function check(fault: Fault): void {
  if (!(fault.times > 0)) throw new Error('injectFault: times must be a positive number');
  const action = fault.action;
  if (!action || typeof action !== 'object') throw new Error('injectFault: action is required');
  if ('statusAfterWrite' in action && !AFTER_WRITE_STATUSES.includes(action.statusAfterWrite)) {
    throw new Error(`injectFault: statusAfterWrite must be one of ${AFTER_WRITE_STATUSES.join(', ')}`);
  }
}

export class Faults {
  private armed: ArmedFault[] = [];

  add(fault: Fault): void {
    check(fault);
    this.armed.push({ fault, remaining: fault.times });
  }

  clear(): void {
    this.armed = [];
  }

  /**
   * Takes one use of the first matching fault. A preflight only matches a fault aimed at OPTIONS; an
   * after-write fault only matches where the service itself answers (`afterWriteApplies`), not fixtures.
   */
  take(method: string, host: string, path: string, afterWriteApplies = true): FaultAction | undefined {
    const hit = this.armed.find(({ fault }) => {
      if (fault.method ? fault.method.toUpperCase() !== method : method === 'OPTIONS') return false;
      if (fault.host && fault.host.toLowerCase() !== host) return false;
      if (!afterWriteApplies && isAfterWrite(fault.action)) return false;
      return typeof fault.path === 'string' ? path.startsWith(fault.path) : fault.path.test(path);
    });
    if (!hit) return undefined;
    hit.remaining--;
    if (hit.remaining <= 0) this.armed = this.armed.filter((armed) => armed !== hit);
    return hit.fault.action;
  }
}

/** The answer of a status fault, before or after the write: the given body, or none. */
export function faultReply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  if (body === undefined) return empty(status, headers);
  if (typeof body === 'string') return { status, headers, body };
  return json(status, body, headers);
}
