/**
 * Client-side navigation on the IMDb and Netflix fixture pages (their inline pushState scripts,
 * `a[data-spa]`), the same in every browser: after each navigation the old control is gone, exactly
 * one control names the new title, and a choice on it changes that title on the service. A recorder
 * samples every control while it happens, so a stale control that shows up for a moment next
 * to the new title is caught too. Also: a site switched off in the options mounts nothing.
 */
import { expect } from 'vitest';
import { inControls } from '../harness/closed-roots';
import { type AnyPage, choose, waitForButtonText } from '../harness/pages';
import type { World } from '../harness/world';
import { VISITS } from './sites-control';
import {
  clickPage,
  entryOf,
  goto,
  hasEpisode,
  inPage,
  markWatched,
  placement,
  readMenu,
  reload,
  settledPlacement,
  sleep,
  waitForControlCount,
  waitForEntry,
} from './sites-pages';

interface Sample {
  /** The title the page shows (hero heading, modal logo, player title). */
  heading: string | null;
  /** Every control's button label. */
  labels: string[];
}

/** Runs in the page: the title it shows and every control's label, read in one go. */
function sample(roots: ShadowRoot[], selector: string): Sample {
  const title = document.querySelector(selector);
  const labels = roots.map((root) => {
    const button = root.querySelector('[data-testid="simkl-button"]');
    const drawn = Array.from(button?.querySelectorAll('[data-t]') ?? [], (node) =>
      node.getAttribute('data-t'),
    );
    return drawn.join('').trim();
  });
  return { heading: title?.getAttribute('alt') ?? title?.textContent?.trim() ?? null, labels };
}

interface Recorder {
  /** Stops sampling; answers every sample taken. */
  stop(): Promise<Sample[]>;
}

/**
 * Samples, as fast as the driver answers (a few ms a round trip), which labels sit on the page
 * beside which title. The control's root is closed, so a recorder inside the page could not read
 * it: each sample is one call through the debugging protocol (harness/closed-roots.ts).
 */
function startRecorder(page: AnyPage, headingSelector: string): Recorder {
  const samples: Sample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const taken = await inControls(page, sample, headingSelector).catch(() => null);
      if (taken) samples.push(taken);
      await sleep(2);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return samples;
    },
  };
}

/** Labels that were ever seen beside `heading`. */
function labelsBeside(samples: Sample[], heading: string): Set<string> {
  return new Set(samples.filter((sample) => sample.heading === heading).flatMap((sample) => sample.labels));
}

function expectNeverMoreThanOne(samples: Sample[]): void {
  expect(samples.length).toBeGreaterThan(10);
  expect(Math.max(...samples.map((sample) => sample.labels.length))).toBe(1);
}

const IMDB_HERO = VISITS.imdbMovie.anchor;

/** Signed in, on The Matrix's IMDb page: to The Usual Suspects and back, without a reload. */
export async function imdbNavigation(world: World, page: AnyPage): Promise<void> {
  await choose(page, 'plantowatch');
  await waitForButtonText(page, 'Simkl: Plan to Watch');
  await waitForEntry(world, 'movies', 'The Matrix', (entry) => entry.status === 'plantowatch');
  const recorder = startRecorder(page, IMDB_HERO);

  await clickPage(page, 'a[data-spa][href="/title/tt0114814/"]');
  await waitForButtonText(page, 'Add to Simkl');
  expect(await settledPlacement(page, IMDB_HERO)).toMatchObject({
    count: 1,
    anchored: true,
    after: 'The Usual Suspects',
  });
  expect((await readMenu(page)).openHref).toMatch(/\/movies\/9100002(\/|$)/);
  await choose(page, 'completed');
  const suspects = await waitForEntry(
    world,
    'movies',
    'The Usual Suspects',
    (entry) => entry.status === 'completed',
  );
  expect(suspects?.status).toBe('completed');
  expect(entryOf(world, 'movies', 'The Matrix')?.status).toBe('plantowatch');

  await clickPage(page, 'a[data-spa][href="/title/tt0133093/"]');
  await waitForButtonText(page, 'Simkl: Plan to Watch');
  expect(await settledPlacement(page, IMDB_HERO)).toMatchObject({
    count: 1,
    anchored: true,
    after: 'The Matrix',
  });
  expect((await readMenu(page)).openHref).toMatch(/\/movies\/9100001(\/|$)/);

  const samples = await recorder.stop();
  expectNeverMoreThanOne(samples);
  expect(labelsBeside(samples, 'The Usual Suspects')).not.toContain('Simkl: Plan to Watch');
  expect(labelsBeside(samples, 'The Matrix')).not.toContain('Simkl: Completed');
}

const NETFLIX_HEADING = 'img.previewModal--player-titleTreatment-logo, [data-uia="video-title"] h4';

/**
 * Signed in: a show's title page, a film's modal, an episode in the player, then browse.
 * `matrixLabel`: what The Matrix reads on arrival (earlier steps of the session may have listed it).
 */
export async function netflixNavigation(world: World, page: AnyPage, matrixLabel: string): Promise<void> {
  await goto(page, VISITS.netflixTitle.url);
  await waitForButtonText(page, 'Add to Simkl');
  await choose(page, 'watching');
  await waitForButtonText(page, 'Simkl: Watching · S1E1 next');
  const recorder = startRecorder(page, NETFLIX_HEADING);

  await clickPage(page, 'a[data-spa][href="/browse?jbv=20557937"]');
  await waitForButtonText(page, matrixLabel);
  expect(await settledPlacement(page, VISITS.netflixModal.anchor)).toMatchObject({
    count: 1,
    anchored: true,
  });
  const film = await readMenu(page);
  expect(film.statuses).toEqual(['plantowatch', 'completed', 'dropped']);
  expect(film.openHref).toMatch(/\/movies\/9100001(\/|$)/);
  await choose(page, 'completed');
  const matrix = await waitForEntry(world, 'movies', 'The Matrix', (entry) => entry.status === 'completed');
  expect(matrix?.status).toBe('completed');
  expect(entryOf(world, 'shows', 'Stranger Things')?.status).toBe('watching');

  await clickPage(page, 'a[data-spa][href="/watch/81649856"]');
  await waitForButtonText(page, 'Add to Simkl');
  expect(await settledPlacement(page, VISITS.netflixPlayer.anchor)).toMatchObject({
    count: 1,
    anchored: true,
  });
  const episode = await readMenu(page);
  expect(episode.watched).toBe('Mark S1E21 watched');
  expect(episode.openHref).toMatch(/\/anime\/9300003(\/|$)/);
  await markWatched(page);
  const dungeon = await waitForEntry(world, 'anime', 'Dungeon Meshi', (entry) => hasEpisode(entry, 21));
  expect(dungeon && hasEpisode(dungeon, 21)).toBe(true);

  await clickPage(page, 'a[data-spa][href="/browse"]');
  expect(await waitForControlCount(page, 0)).toBe(0);

  const samples = await recorder.stop();
  expectNeverMoreThanOne(samples);
  expect(labelsBeside(samples, 'The Matrix')).not.toContain('Simkl: Watching · S1E1 next');
  expect(labelsBeside(samples, 'Delicious in Dungeon')).not.toContain('Simkl: Completed');
}

/**
 * Switching IMDb off in the options removes the control from an open IMDb page, a reload mounts
 * nothing, and switching it on again mounts it in the same page (so the script was alive and chose
 * not to mount). `page` shows The Matrix, signed in, with `label`.
 */
export async function disabledSiteMountsNothing(
  page: AnyPage,
  options: AnyPage,
  label: string,
): Promise<void> {
  const toggle = 'input[data-site="imdb"]';
  await clickPage(options, toggle);
  expect(
    await inPage(options, (selector) => document.querySelector<HTMLInputElement>(selector)?.checked, toggle),
  ).toBe(false);
  expect(await waitForControlCount(page, 0)).toBe(0);

  await reload(page);
  // Long enough for a mount on a loaded page (~0.1 s) to have happened many times over.
  await sleep(1_500);
  expect(await waitForControlCount(page, 0, 0)).toBe(0);

  await clickPage(options, toggle);
  await waitForButtonText(page, label);
  expect((await placement(page, IMDB_HERO)).count).toBe(1);
}
