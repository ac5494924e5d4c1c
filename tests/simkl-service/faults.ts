/**
 * Injected faults: the next `times` requests matching method / host / path answer a fixed status, lose
 * their connection, or are answered late. They are checked before anything else (limits, auth, routes).
 */
import type { Fault, FaultAction } from './types';

interface ArmedFault {
  fault: Fault;
  remaining: number;
}

export class Faults {
  private armed: ArmedFault[] = [];

  add(fault: Fault): void {
    if (!(fault.times > 0)) throw new Error('injectFault: times must be a positive number');
    this.armed.push({ fault, remaining: fault.times });
  }

  clear(): void {
    this.armed = [];
  }

  /** Takes one use of the first matching fault. A preflight only matches a fault aimed at OPTIONS. */
  take(method: string, host: string, path: string): FaultAction | undefined {
    const hit = this.armed.find(({ fault }) => {
      if (fault.method ? fault.method.toUpperCase() !== method : method === 'OPTIONS') return false;
      if (fault.host && fault.host.toLowerCase() !== host) return false;
      return typeof fault.path === 'string' ? path.startsWith(fault.path) : fault.path.test(path);
    });
    if (!hit) return undefined;
    hit.remaining--;
    if (hit.remaining <= 0) this.armed = this.armed.filter((armed) => armed !== hit);
    return hit.fault.action;
  }
}
