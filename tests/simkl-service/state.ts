/**
 * All mutable state of one running service: switches, users, sign-in records, faults, limits and the
 * request log. `reset()` returns it to the state right after start (one demo user, empty library).
 */
import { AuthStore } from './auth-store';
import { Faults } from './faults';
import { Limits } from './limits';
import type { LogEntry, SimklServiceOptions } from './types';
import { newUser, type UserState } from './users';

export const DEMO_USER = { id: 1, name: 'Demo Watcher' } as const;

export interface Settings {
  emptyLibraryAs: 'null' | '{}';
  rateLimits: boolean;
  writeLockMs: number;
  consent: 'auto' | 'click';
  detailFullByDefault: boolean;
  /** `pinSearchId`: `/search/id` answers for an id (`imdb:tt0386676`), by Simkl id; deliberately wrong ones. */
  pinnedIds: Record<string, number>;
}

/** A consent page waiting for the user's click (consent mode 'click'). */
export interface PendingConsent {
  mode: 'v1' | 'v2';
  clientId: string;
  redirectUri: string;
  state?: string;
  scope: string;
  challenge?: string;
  method?: string;
}

const LOG_LIMIT = 5000;

export class ServiceState {
  readonly now: () => number;
  settings!: Settings;
  auth!: AuthStore;
  users!: Map<number, UserState>;
  webUserId!: number;
  pendingConsents!: Map<string, PendingConsent>;
  readonly faults = new Faults();
  readonly limits = new Limits();
  log: LogEntry[] = [];
  private nextUserId = 1;

  constructor(private readonly options: SimklServiceOptions) {
    this.now = options.now ?? Date.now;
    this.reset();
  }

  reset(): void {
    this.settings = {
      emptyLibraryAs: this.options.emptyLibraryAs ?? 'null',
      rateLimits: this.options.rateLimits ?? true,
      writeLockMs: this.options.writeLockMs ?? 20_000,
      consent: this.options.consent ?? 'auto',
      detailFullByDefault: false,
      pinnedIds: {},
    };
    this.auth = new AuthStore(this.now);
    this.users = new Map();
    this.pendingConsents = new Map();
    this.faults.clear();
    this.limits.clear();
    this.log = [];
    this.nextUserId = DEMO_USER.id;
    this.webUserId = this.addUser(DEMO_USER.name).id;
  }

  addUser(name: string): UserState {
    const user = newUser(this.nextUserId++, name, this.now());
    this.users.set(user.id, user);
    return user;
  }

  user(id: number): UserState {
    const user = this.users.get(Number(id));
    if (!user) throw new Error(`no user ${id}`);
    return user;
  }

  record(entry: LogEntry): void {
    this.log.push(entry);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
  }
}
