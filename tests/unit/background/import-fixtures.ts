import { createStore } from 'idb-keyval';
import { onTestFinished, vi } from 'vitest';
import { createImportService } from '../../../lib/background/import/import-service';
import type { UserRef } from '../../../lib/library/types';
import type { ListStatus } from '../../../lib/media';
import type { ImportShowData } from '../../../lib/messaging';
import type { Resolver } from '../../../lib/resolve';
import type { NetflixViewing } from '../../../lib/sites/netflix/history';

export const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T20:00:00.000Z`;
export const DEMO: UserRef = { id: 7, name: 'Demo Watcher' };
export const OTHER: UserRef = { id: 8, name: 'Other Viewer' };

export const viewings: NetflixViewing[] = [
  { videoId: '20557937', title: 'The Matrix', watchedAt: at(1) },
  { videoId: '70131314', title: 'Inception', watchedAt: at(2) },
  { videoId: '99', title: 'A Quiet Film', watchedAt: at(3) },
  { videoId: '11', seriesId: '80057281', seriesTitle: 'Stranger Things', title: 'One', watchedAt: at(4) },
  { videoId: '12', seriesId: '80057281', seriesTitle: 'Stranger Things', title: 'Two', watchedAt: at(5) },
  { videoId: '13', seriesId: '80057281', seriesTitle: 'Stranger Things', title: 'Lost', watchedAt: at(6) },
];
export const shows: ImportShowData[] = [
  {
    netflix: '80057281',
    title: 'Stranger Things',
    year: 2016,
    episodes: [
      ['11', 1, 1],
      ['12', 1, 2],
    ],
  },
];
const SIMKL: Record<string, { simkl: number; type: 'movie' | 'show' }> = {
  '20557937': { simkl: 1, type: 'movie' },
  '70131314': { simkl: 2, type: 'movie' },
  '80057281': { simkl: 3, type: 'show' },
};

/** The import service over fakes; `signIn` changes who is signed in (null: signed out). */
export function setupImport(first: UserRef | null = DEMO, wait = async (_ms: number) => {}) {
  let user = first;
  // What the user found for a title ("Not this?" overrides): beats every lookup, as in the resolver.
  const picked = new Map<string, { simkl: number; type: 'movie' | 'show'; year?: number }>();
  const resolver: Resolver = {
    resolve: vi.fn(async (media) => {
      const netflix = media.ids.netflix ?? '';
      const pick = picked.get(netflix);
      if (pick) return { type: pick.type, ids: { simkl: pick.simkl }, year: pick.year };
      // manyFilms: Simkl knows each of them.
      if (/^5\d{5}$/.test(netflix)) return { type: 'movie' as const, ids: { simkl: Number(netflix) } };
      const match = SIMKL[netflix];
      return match ? { type: match.type, ids: { simkl: match.simkl } } : null;
    }),
  };
  const library = {
    // No series in progress here (tests/unit/import/mirror-watched.test.ts has the per-episode rule).
    episodes: async () => null,
    // The Matrix is completed on Simkl already.
    entries: async () => [
      { type: 'movie' as const, ids: { simkl: 1 }, status: 'completed' as const, rating: null },
    ],
  };
  const api = {
    postHistory: vi.fn(async (_body: object) => ({ added: 0, notFound: 1, statuses: [] })),
    watched: vi.fn(async (items: object[]) =>
      items.map(() => ({ watched: true, notFound: false, list: 'completed' as ListStatus | null })),
    ),
  };
  const tabs = { find: vi.fn(async () => 7 as number | null), openHistory: vi.fn(async () => {}) };
  const store = createStore(`import-test-${Math.random()}`, 'jobs');
  const serviceOn = () =>
    createImportService({
      api,
      resolver,
      library,
      tabs,
      currentUser: async () => user ?? undefined,
      store,
      wait,
    });
  const service = serviceOn();
  let latest = service;
  // A job still planning or importing when its test ends would go on writing the import alarm into
  // the next test's fake browser, another file's too (docs/architecture.md, Tests): it ends first. A
  // worker stopped mid-job (a restart) leaves only its successor's job to wait for.
  onTestFinished(() => jobSettled(latest));
  const signIn = (next: UserRef | null) => {
    user = next;
  };
  const pick = (netflix: string, match: { simkl: number; type: 'movie' | 'show'; year?: number }) =>
    void picked.set(netflix, match);
  // A worker stopped and woken again: a new service over the same IndexedDB and the same Simkl.
  const restart = () => {
    latest = serviceOn();
    return latest;
  };
  return { service, api, resolver, tabs, store, signIn, pick, restart };
}

/** Films enough for several batches (100 items each). */
export function manyFilms(count: number): NetflixViewing[] {
  return Array.from({ length: count }, (_, n) => ({
    videoId: String(500_000 + n),
    title: `Film ${n}`,
    watchedAt: at(1 + (n % 28)),
  }));
}

/** The titles of the films each POST carried. */
export function postedFilms(api: ReturnType<typeof setupImport>['api']): string[][] {
  return api.postHistory.mock.calls.map(([body]) =>
    ((body as { movies?: Array<{ title: string }> }).movies ?? []).map((movie) => movie.title),
  );
}

type ImportService = ReturnType<typeof setupImport>['service'];

/** Resolves once the service's job is neither importing nor planning (a paused plan waits for its alarm). */
function jobSettled(service: ImportService): Promise<void> {
  return vi.waitFor(
    async () => {
      const view = await service.view();
      const planning = view.phase === 'planning' && !view.planning?.paused;
      if (view.phase === 'importing' || planning) throw new Error(`the import job is still ${view.phase}`);
    },
    { timeout: 5_000 },
  );
}

/** The page's reading handed over, then followed until its plan job ended (in the preview, mostly). */
export async function planned(service: ImportService, request: Parameters<ImportService['history']>[0]) {
  await service.history(request);
  return vi.waitFor(async () => {
    const view = await service.view();
    if (view.phase === 'planning') throw new Error(`still planning: ${JSON.stringify(view.planning)}`);
    return view;
  }, 10_000);
}
