/**
 * The README's site screenshots: a title page of each site whose title is in the demo user's
 * library, with the in-page control showing that status beside the title. The e2e test and
 * `npm run demo` both take them through here, so the pictures and the demo cannot drift apart.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Site } from '../../../lib/media';
import { DEMO_USER } from '../../simkl-service/index';
import { CONTROL_HOST, waitForButtonText } from '../harness/pages';
import type { World } from '../harness/world';
import { type BadgeSeen, badges, waitForBadges } from './list-badges-read';

export interface SiteShot {
  site: Site;
  url: string;
  /** What the control must read once the mirror has the title. */
  label: string;
  /** The control's theme beside the title: the site's, once its stylesheet applies. */
  theme: 'light' | 'dark';
}

/** Titles the demo slice never touches (it adds The Matrix), so both can share one library. */
export const SITE_SHOTS: readonly SiteShot[] = [
  {
    site: 'imdb',
    url: 'https://www.imdb.com/title/tt0436992/',
    label: 'Simkl: Watching · S2E5 next',
    theme: 'dark',
  },
  {
    site: 'tmdb',
    url: 'https://www.themoviedb.org/tv/66732-stranger-things',
    label: 'Simkl: Completed ★9',
    theme: 'dark',
  },
  {
    site: 'mal',
    url: 'https://myanimelist.net/anime/57181/Ao_no_Hako',
    label: 'Simkl: Watching · E6 next',
    theme: 'light',
  },
  // The player knows its episode: the control says that episode's state.
  {
    site: 'netflix',
    url: 'https://www.netflix.com/watch/81649856',
    label: 'Simkl: S1E21 · not watched',
    theme: 'dark',
  },
];

/**
 * Three of the optional sites, shown once the user turned them on: a film on Letterboxd, a show on
 * Trakt, an anime on AniList (found by one lookup of AniList's number, then in the lists by its Simkl id).
 */
export const OPTIONAL_SITE_SHOTS: readonly SiteShot[] = [
  {
    site: 'letterboxd',
    url: 'https://letterboxd.com/film/inception/',
    label: 'Simkl: Completed ★9',
    theme: 'dark',
  },
  { site: 'trakt', url: 'https://trakt.tv/shows/game-of-thrones', label: 'Simkl: On Hold', theme: 'dark' },
  {
    site: 'anilist',
    url: 'https://anilist.co/anime/1535/Death-Note/',
    label: 'Simkl: Watching · E13 next',
    theme: 'light',
  },
];

export const SHOT_VIEWPORT = { width: 1280, height: 800 } as const;

/**
 * Doctor Who into series 2, Stranger Things done and rated, Ao no Hako and Dungeon Meshi under way;
 * for the optional sites, Inception done and rated, Game of Thrones on hold, Death Note half seen.
 */
export function seedScreenshotLibrary(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { imdb: 'tt0436992' }, type: 'show', status: 'watching', watchedEpisodes: 17 },
    { ids: { tmdb: '66732' }, type: 'show', status: 'completed', rating: 9 },
    { ids: { mal: '57181' }, type: 'anime', status: 'watching', watchedEpisodes: 5 },
    { ids: { netflix: '81648953' }, type: 'anime', status: 'watching', watchedEpisodes: 20 },
    { ids: { tmdb: '27205' }, type: 'movie', status: 'completed', rating: 9 },
    { ids: { imdb: 'tt0944947' }, type: 'show', status: 'hold' },
    { ids: { mal: '1535' }, type: 'anime', status: 'watching', watchedEpisodes: 12 },
    // The badges' picture: two of the chart's three films on the lists.
    { ids: { imdb: 'tt0111161' }, type: 'movie', status: 'completed', rating: 9 },
    { ids: { imdb: 'tt0068646' }, type: 'movie', status: 'plantowatch' },
  ]);
}

/** The badges' picture: IMDb's Top 250 look-alike, The Dark Knight (not on the lists) without one. */
export const BADGES_SHOT = {
  url: 'https://www.imdb.com/chart/top/',
  labels: {
    '/title/tt0111161/': 'Simkl: Completed, rated 9',
    '/title/tt0068646/': 'Simkl: Plan to Watch',
  } as Record<string, string>,
  /** The chart and its sidebar, without the empty page below. */
  clip: { x: 0, y: 0, width: SHOT_VIEWPORT.width, height: 490 },
} as const;

/** Opens the chart, waits for its two badges, and saves the picture; answers what the badges said. */
export async function takeBadgesShot(page: Page, dir: string): Promise<{ file: string; seen: BadgeSeen[] }> {
  await page.setViewportSize(SHOT_VIEWPORT);
  await page.goto(BADGES_SHOT.url);
  await waitForBadges(page, (now) => now.length === Object.keys(BADGES_SHOT.labels).length);
  await page.mouse.move(0, SHOT_VIEWPORT.height - 1);
  await page.addStyleTag({ content: 'html{scrollbar-width:none}' });
  const file = path.join(dir, 'imdb-badges.png');
  await page.screenshot({ path: file, clip: BADGES_SHOT.clip });
  return { file, seen: await badges(page) };
}

export interface TakenShot {
  shot: SiteShot;
  file: string;
  /** The control's button text when the picture was taken. */
  label: string;
  /** The control's box in the viewport. */
  box: { x: number; y: number; width: number; height: number } | null;
  /** The control's theme when the picture was taken (its host's data-theme). */
  theme: string | null;
}

/** Opens the page, waits for the control to read the title's status, and saves the viewport. */
export async function takeSiteShot(page: Page, shot: SiteShot, dir: string): Promise<TakenShot> {
  await page.setViewportSize(SHOT_VIEWPORT);
  await page.goto(shot.url);
  const label = await waitForButtonText(page, shot.label, 20_000);
  // No hover state, and no scrollbar: the picture is of the page, not of this browser's chrome.
  await page.mouse.move(0, SHOT_VIEWPORT.height - 1);
  await page.addStyleTag({ content: 'html{scrollbar-width:none}' });
  const host = page.locator(CONTROL_HOST).first();
  const box = await host.boundingBox();
  const theme = await host.getAttribute('data-theme');
  const file = path.join(dir, `${shot.site}-control.png`);
  await page.screenshot({ path: file });
  return { shot, file, label, box, theme };
}

/** Every site in turn, in one tab: the extension must be signed in and its mirror synced. */
export async function takeSiteShots(page: Page, dir: string): Promise<TakenShot[]> {
  const taken: TakenShot[] = [];
  for (const shot of SITE_SHOTS) taken.push(await takeSiteShot(page, shot, dir));
  return taken;
}
