/**
 * Rate it after a finish on a player-only service's own line (docs/architecture.md, A playback): the
 * last episode plays to its end (no autoplay after it), the line offers 1–10, a user's click on 8 is one
 * `/sync/ratings` write naming the show with 8, and the line says it was saved.
 */
import { expect } from 'vitest';
import type { AnyPage } from '../harness/pages';
import { clickInControl, textInControl } from '../harness/pages';
import type { World } from '../harness/world';
import { click, fill, goto, waitForText } from './extension-pages';
import { scrobbleRecords } from './scrobble-log';
import { eventually } from './slice';
import { play, type StreamingService, seek } from './streaming-player';

export interface RateCase {
  service: StreamingService;
  /** The series on the local Simkl service. */
  showSimkl: number;
  /** The watch URL of an episode the page does not autoplay past (the season's last). */
  lastEpisodeUrl: string;
}

interface RatingsBody {
  shows?: Array<{ rating?: number; ids?: { simkl?: number } }>;
  movies?: unknown[];
  anime?: unknown[];
}

/** Every `/sync/ratings` write the service received: the show's Simkl id and rating, with the answer's status. */
export const ratingWrites = (world: World) =>
  world.control
    .requestLog()
    .filter((entry) => entry.method === 'POST' && entry.path === '/sync/ratings')
    .map((entry) => {
      const body = entry.body as RatingsBody;
      const shows = (body.shows ?? []).map((show) => `${show.ids?.simkl}=${show.rating}`);
      return `${entry.status} ${shows.join(',')}${body.movies?.length || body.anime?.length ? ' +other' : ''}`;
    });

export async function rateAfterTheFinish(
  browser: string,
  world: World,
  page: AnyPage,
  rate: RateCase,
): Promise<void> {
  await goto(page, rate.lastEpisodeUrl);
  await play(page, rate.service);
  // Counted first (the start rule), as a viewer's playback is; then the credits.
  await eventually(
    () => scrobbleRecords(world.control).filter((record) => record.simkl === rate.showSimkl),
    (records) => records.some((record) => record.path === '/scrobble/start' && record.status !== 0),
    30_000,
  );
  // Near the end: the few seconds left play out, the video ends, and the engine's stop marks it watched.
  await seek(page, rate.service, 93);
  await clickInControl(page, '[data-testid="simkl-playback-rate"] [data-r="8"]', 40_000);
  const said = await eventually(
    () => textInControl(page, '[data-testid="simkl-playback-rated"]', 20_000),
    (text) => !text.startsWith('Saving'),
    20_000,
  );
  expect(said).toBe('Rated 8 · saved');
  // The finished line itself reads as it always did.
  expect(await textInControl(page, '[data-testid="simkl-playback"]')).toMatch(/✓$/);
  console.log(`[rate ${browser}] /sync/ratings: ${ratingWrites(world).join(' | ')}`);
  expect(ratingWrites(world)).toEqual([`201 ${rate.showSimkl}=8`]);
}

/** The window the background opened (windows.create), found among the browser's pages by its path. */
export type FindWindow = (pathPart: string) => Promise<AnyPage>;

/**
 * A Max page whose route JSON answers 404: the line says "Simkl could not tell what is playing" with its
 * search; the user finds Inception in the match window, and the playback's start names Inception.
 */
export async function findWhatCouldNotBeTold(
  browser: string,
  world: World,
  page: AnyPage,
  unlistedUrl: string,
  findWindow: FindWindow,
): Promise<void> {
  const INCEPTION = 472214;
  await goto(page, unlistedUrl);
  await play(page, 'max');
  expect(await textInControl(page, '[data-testid="simkl-playback"]', 30_000)).toBe(
    'Simkl could not tell what is playing',
  );
  expect(await textInControl(page, '[data-k="find"]')).toBe('Find it on Simkl');
  await clickInControl(page, '[data-k="find"]');
  const window = await findWindow('/match.html');
  await fill(window, 'input[type="search"]', 'Inception');
  await click(window, 'form[role="search"] button[type="submit"]');
  await click(window, `[data-match="movie:${INCEPTION}"]`, 30_000);
  await waitForText(window, '[data-testid="match-chosen"]', /Inception/);
  const records = await eventually(
    () => scrobbleRecords(world.control).filter((record) => record.simkl === INCEPTION),
    (seen) => seen.some((record) => record.path === '/scrobble/start' && record.status !== 0),
    40_000,
  );
  console.log(
    `[find ${browser}] ${records.map((record) => `${record.path} ${record.media} ${record.simkl} ${record.status}`).join(' | ')}`,
  );
  expect(records[0]).toMatchObject({
    path: '/scrobble/start',
    media: 'movie',
    simkl: INCEPTION,
    status: 201,
  });
  expect(await textInControl(page, '[data-testid="simkl-playback"]', 30_000)).toMatch(
    /^Simkl: Watching now · Inception · \d+ %$/,
  );
}
