/**
 * Importing the Netflix viewing history (docs/architecture.md, The import) on the fixture's viewing-activity page: its
 * three shakti pages hold 10 viewings (3 films, 7 episodes of Stranger Things and Breaking Bad, one
 * film Simkl does not know, The Matrix already completed on Simkl, one episode stopped at 20 %).
 * What landed is read from the service's library and its request log.
 */
import { DEMO_USER } from '../../simkl-service/index';
import type { LogEntry, SeedItem } from '../../simkl-service/types';
import { type AnyPage, clickInControl, textInControl } from '../harness/pages';
import type { Session } from '../harness/suite';
import type { World } from '../harness/world';
import { type Browserish, click, closePage, evaluate, goto, waitForText } from './extension-pages';
import { eventually } from './slice';

export const HISTORY_URL = 'https://www.netflix.com/viewingactivity';
/** The Matrix, already completed on Simkl: the import must skip it. */
export const IMPORT_SEED: SeedItem[] = [{ ids: { imdb: 'tt0133093' }, status: 'completed' }];

export const EXPECTED_PREVIEW =
  'Found 10 viewings: 3 movies, 7 episodes of 2 shows. 7 are new to Simkl, 1 could not be matched.';
export const EXPECTED_UNMATCHED = 'Could not be matched';

/** The history the service must hold afterwards: every film and episode with its Netflix date. */
export const EXPECTED_HISTORY = [
  'Breaking Bad S1E1 2025-02-19T21:00:00Z',
  'Breaking Bad S1E2 2025-02-21T21:00:00Z',
  'Inception 2025-02-15T20:00:00Z',
  'Stranger Things S1E1 2024-11-30T21:00:00Z',
  'Stranger Things S1E2 2024-11-30T22:00:00Z',
  'Stranger Things S2E1 2025-03-09T21:00:00Z',
  'Stranger Things S2E2 2025-03-10T21:00:00Z',
];

/** Every item the import sends: the 7 new ones (the film Simkl does not know is listed, never sent). */
export const EXPECTED_CARRIED = [
  '70131314',
  '70143836 S1E1',
  '70143836 S1E2',
  '80057281 S1E1',
  '80057281 S1E2',
  '80057281 S2E1',
  '80057281 S2E2',
];

const LINE = '[data-k="line"]';
const TIMEOUT_MS = 60_000;

/**
 * Opens the history page (or a variant of it, `?fixture=history-changed`), clicks Import to Simkl
 * and answers what the page then says once it read the history and the plan job it became ended:
 * the preview's sentence, or why nothing was imported; `matching` holds the plan's progress lines seen.
 */
export async function readThroughPlan(
  page: AnyPage,
  url = HISTORY_URL,
): Promise<{ preview: string; matching: string[] }> {
  await goto(page, url);
  await clickInControl(page, '[data-k="read"]', TIMEOUT_MS);
  const matching: string[] = [];
  const preview = await eventually(
    async () => {
      const text = await textInControl(page, LINE, TIMEOUT_MS);
      if (text.startsWith('Matching') && !matching.includes(text)) matching.push(text);
      return text;
    },
    (text) => !text.startsWith('Reading') && !text.startsWith('Matching'),
    TIMEOUT_MS,
  );
  return { preview, matching };
}

export async function readPreview(page: AnyPage, url = HISTORY_URL): Promise<string> {
  return (await readThroughPlan(page, url)).preview;
}

export const unmatchedList = (page: AnyPage) => textInControl(page, '[data-k="unmatched"]');

export const confirmImport = (page: AnyPage) => clickInControl(page, '[data-k="confirm"]', TIMEOUT_MS);

/** Waits for the page to say the import is done; answers its words. */
export function importDone(page: AnyPage): Promise<string> {
  return eventually(
    () => textInControl(page, LINE, TIMEOUT_MS),
    (text) => text.startsWith('Imported'),
    TIMEOUT_MS,
  );
}

/** "Inception 2025-…" and "Stranger Things S1E1 2024-…": the user's watched films and episodes. */
export function serviceHistory(world: World, except: readonly string[] = ['The Matrix']): string[] {
  const library = world.control.library(DEMO_USER.id);
  const films = library.movies
    .filter((entry) => !except.includes(entry.title))
    .map((entry) => `${entry.title} ${entry.lastWatchedAt}`);
  const episodes = [...library.shows, ...library.anime].flatMap((entry) =>
    entry.watchedEpisodes.map((ep) => `${entry.title} S${ep.season}E${ep.episode} ${ep.watchedAt}`),
  );
  return [...films, ...episodes].sort();
}

export const historyPosts = (world: World): LogEntry[] =>
  world.control.requestLog().filter((entry) => entry.method === 'POST' && entry.path === '/sync/history');

interface Body {
  movies?: Array<{ ids: { netflix?: string } }>;
  shows?: Array<{
    ids: { netflix?: string };
    seasons: Array<{ number: number; episodes: Array<{ number: number }> }>;
  }>;
}

/** Each film (its Netflix id) and episode ("<show id> S1E2") the applied history posts carried. */
export function carriedItems(world: World): string[] {
  return historyPosts(world)
    .filter((entry) => entry.status === 201)
    .flatMap((entry) => {
      const body = (entry.body ?? {}) as Body;
      const films = (body.movies ?? []).map((movie) => String(movie.ids.netflix));
      const episodes = (body.shows ?? []).flatMap((show) =>
        show.seasons.flatMap((season) =>
          season.episodes.map((ep) => `${show.ids.netflix} S${season.number}E${ep.number}`),
        ),
      );
      return [...films, ...episodes];
    })
    .sort();
}

/** The Netflix title ids the import looked up on Simkl, one per `/search/id` request, in order. */
export const idLookups = (world: World): string[] =>
  world.control
    .requestLog()
    .filter((entry) => entry.path === '/search/id')
    .map((entry) => entry.query.netflix ?? '');

/** "GET /search/id 200": the Simkl requests the import made, in order. */
export const describeRequests = (world: World): string[] =>
  world.control.requestLog().map((entry) => `${entry.method} ${entry.path} ${entry.status}`);

/**
 * The import from an extension page (the popup or the options page) while a Netflix tab shows
 * another page: Import to Simkl there shows the history page in that tab, whose script reads it;
 * the preview and the progress come back to the extension page. Answers the preview and the end.
 */
export async function importFromExtensionPage(
  browser: Browserish,
  netflixTab: AnyPage,
  path: 'popup.html' | 'options.html',
): Promise<{ preview: string; done: string; tabUrl: string }> {
  await goto(netflixTab, 'https://www.netflix.com/browse');
  const page = await browser.openPage(path);
  await waitForText(page, '[data-action="import-read"]', /^Import to Simkl$/);
  await click(page, '[data-action="import-read"]');
  const preview = await waitForText(page, '[data-testid="import-line"]', /^Found/, TIMEOUT_MS);
  const tabUrl = netflixTab.url();
  await click(page, '[data-action="import-confirm"]');
  const done = await waitForText(page, '[data-testid="import-line"]', /^Imported/, TIMEOUT_MS);
  await closePage(page);
  return { preview, done, tabUrl };
}

/**
 * Waits for a tab the extension opened at a URL that matches, in either browser. Firefox's driver reads
 * an extension page's URL as about:blank, so each page is asked for its own location.
 */
export async function waitForTabAt(
  session: Session,
  pattern: RegExp,
  timeout = TIMEOUT_MS,
): Promise<AnyPage> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const pages: AnyPage[] =
      session.browser === 'chromium' ? session.chrome.context.pages() : await session.firefox.browser.pages();
    for (const page of pages) {
      const href = await evaluate(page, () => location.href, null).catch(() => '');
      if (pattern.test(href)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no tab at ${String(pattern)} within ${timeout} ms`);
}
