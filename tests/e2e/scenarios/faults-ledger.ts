/**
 * The proof that nothing was lost or sent twice, read from the service's side: its library snapshot
 * (what landed) and its request log (how many write POSTs carried each title, and how many of those
 * the service applied: a 2xx, or an after-write fault's 5xx or dropped connection; injected statuses
 * and drops before the write, 401s and locks change nothing).
 */
import { expect } from 'vitest';
import type { ListStatus } from '../../../lib/media';
import { DEMO_USER } from '../../simkl-service/index';
import type { LogEntry, SnapshotEntry } from '../../simkl-service/types';
import type { World } from '../harness/world';
import { settled } from './faults-run';
import { eventually } from './slice';

const WRITE_PATHS = new Set([
  '/sync/add-to-list',
  '/sync/history',
  '/sync/history/remove',
  '/sync/ratings',
  '/sync/ratings/remove',
  '/scrobble/checkin',
]);

export interface Expected {
  simkl: number;
  title: string;
  status: ListStatus;
}

export interface ItemCount {
  /**
   * Write POSTs whose logged body named the title, whatever their answer. A request that an injected
   * fault answered is logged without its body (the fault wins before the body is read): a scenario
   * counts those by their statuses.
   */
  carried: number;
  /** Of those, the ones the service applied. */
  applied: number;
}

export interface Ledger {
  attempted: number;
  /** In the library with the expected status, by at least one applied POST. */
  landed: number;
  /** Applied by more than one POST. */
  duplicated: number;
  counts: Map<number, ItemCount>;
}

export function isWritePost(entry: LogEntry): boolean {
  return entry.method === 'POST' && entry.host === 'api.simkl.com' && WRITE_PATHS.has(entry.path);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The Simkl ids a sync body names: `{movies: [{ids: {simkl}}], shows: [...], ...}`. */
function simklIdsIn(body: unknown): number[] {
  if (!isRecord(body)) return [];
  const lists = Object.values(body).filter(Array.isArray) as unknown[][];
  return lists.flat().flatMap((item) => {
    const simkl = isRecord(item) && isRecord(item.ids) ? item.ids.simkl : undefined;
    return typeof simkl === 'number' ? [simkl] : [];
  });
}

/**
 * A write POST the service ran, though its client saw a failure: an after-write fault logs the body
 * (the request was read and applied) with the 5xx it answered instead, or 0 for the dropped
 * connection. Faults before the write are logged without a body. (A crash of the service itself
 * would count here too, so the count can only err towards reporting a duplicate.)
 */
function appliedThenFailed(entry: LogEntry): boolean {
  return entry.body !== undefined && (entry.status === 0 || entry.status >= 500);
}

export function writeCounts(log: LogEntry[]): Map<number, ItemCount> {
  const counts = new Map<number, ItemCount>();
  for (const entry of log.filter(isWritePost)) {
    for (const simkl of simklIdsIn(entry.body)) {
      const count = counts.get(simkl) ?? { carried: 0, applied: 0 };
      count.carried += 1;
      if ((entry.status >= 200 && entry.status < 300) || appliedThenFailed(entry)) count.applied += 1;
      counts.set(simkl, count);
    }
  }
  return counts;
}

export function libraryEntries(world: World): SnapshotEntry[] {
  const { movies, shows, anime } = world.control.library(DEMO_USER.id);
  return [...movies, ...shows, ...anime];
}

export function ledgerOf(world: World, expected: readonly Expected[]): Ledger {
  const counts = writeCounts(world.control.requestLog());
  const library = new Map(libraryEntries(world).map((entry) => [entry.simkl, entry]));
  const applied = (item: Expected) => counts.get(item.simkl)?.applied ?? 0;
  return {
    attempted: expected.length,
    landed: expected.filter((item) => library.get(item.simkl)?.status === item.status && applied(item) > 0)
      .length,
    duplicated: expected.filter((item) => applied(item) > 1).length,
    counts,
  };
}

/** The one-line record the report quotes. */
export function printRecord(name: string, ledger: Ledger, extra = ''): void {
  const { attempted, landed, duplicated } = ledger;
  console.log(`${name}: attempted=${attempted} landed=${landed} duplicated=${duplicated}${extra}`);
}

/**
 * Waits until every expected write has landed, then until the extension is idle (a late second
 * send would show up in the log), and holds the service to "each title applied exactly once".
 */
export async function expectLandedOnce(
  world: World,
  name: string,
  expected: readonly Expected[],
  timeoutMs = 30_000,
): Promise<Ledger> {
  await eventually(
    () => ledgerOf(world, expected),
    (ledger) => ledger.landed === expected.length,
    timeoutMs,
  );
  await settled(world, 1_000);
  const ledger = ledgerOf(world, expected);
  printRecord(name, ledger);
  const applied = Object.fromEntries(
    expected.map((item) => [item.title, ledger.counts.get(item.simkl)?.applied]),
  );
  expect(applied).toEqual(Object.fromEntries(expected.map((item) => [item.title, 1])));
  expect(ledger).toMatchObject({ attempted: expected.length, landed: expected.length, duplicated: 0 });
  return ledger;
}
