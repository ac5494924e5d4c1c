/**
 * Episodes and seasons (docs/architecture.md, Episodes and seasons) on the site pages, the same in Chromium and Firefox: an episode page says from the
 * mirror whether its episode is watched (no Simkl request), Unwatch and Mark watched up to here land
 * exactly those episodes on the service, a season page marks its season, IMDb's episode list marks
 * its watched rows, and a MyAnimeList episode page marks its episode.
 */
import { expect } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import type { SeedItem } from '../../simkl-service/types';
import { inClosedRoots } from '../harness/closed-roots';
import { type AnyPage, clickInControl, textInControl, waitForButtonText } from '../harness/pages';
import type { World } from '../harness/world';
import { simklQuiet, simklRequestList } from './list-badges-read';
import { goto, reload, sleep } from './sites-pages';
import { eventually } from './slice';

export const JOURNEYS_END = 'https://m.imdb.com/title/tt1205438/';
export const DOCTOR_WHO_S4 = 'https://www.imdb.com/title/tt0436992/episodes/?season=4&fixture=list-2023';
const STRANGER_THINGS_S1 = 'https://www.themoviedb.org/tv/66732-stranger-things/season/1';
const AO_NO_HAKO_E5 = 'https://myanimelist.net/anime/57181/Ao_no_Hako/episode/5';

/** Doctor Who (13-episode seasons 1–4): seasons 1–3 whole, and of season 4 E1, E2 and E13. */
const DOCTOR_WHO_SEEN = [
  ...[1, 2, 3].flatMap((season) => Array.from({ length: 13 }, (_, i) => ({ season, episode: i + 1 }))),
  { season: 4, episode: 1 },
  { season: 4, episode: 2 },
  { season: 4, episode: 13 },
];

export const EPISODE_LIBRARY: SeedItem[] = [
  { ids: { imdb: 'tt0436992' }, type: 'show', status: 'watching', watchedEpisodes: DOCTOR_WHO_SEEN },
  { ids: { tmdb: '66732' }, type: 'show', status: 'watching', watchedEpisodes: [{ season: 1, episode: 1 }] },
  { ids: { mal: '57181' }, status: 'watching', watchedEpisodes: [1, 2, 3].map((episode) => ({ episode })) },
];

export function seedEpisodeLibrary(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, EPISODE_LIBRARY);
}

/** The service's watched episodes of a title, as "S4E13" (sorted), straight from its state. */
export function watchedOnService(world: World, title: string): string[] {
  const library = world.control.library(DEMO_USER.id);
  const entry = [...library.shows, ...library.anime].find((candidate) => candidate.title === title);
  return (entry?.watchedEpisodes ?? [])
    .map(({ season, episode }) => `S${season}E${episode}`)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const codes = (season: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `S${season}E${from + i}`);
const sorted = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const DOCTOR_WHO_START = sorted(DOCTOR_WHO_SEEN.map(({ season, episode }) => `S${season}E${episode}`));

/** Opens the menu and waits for one of its entries. */
async function openAndClick(page: AnyPage, entry: string): Promise<void> {
  await clickInControl(page, '[data-testid="simkl-button"]');
  await clickInControl(page, entry);
}

/** The page is the mirror's alone: reload it with the service quiet, and no Simkl request is made. */
async function showsFromMirror(world: World, page: AnyPage, label: RegExp): Promise<void> {
  await simklQuiet(world);
  world.control.clearLog();
  await reload(page);
  await waitForButtonText(page, label, 30_000);
  await sleep(1_000);
  expect(simklRequestList(world)).toEqual([]);
}

export async function episodePageFromMirror(world: World, page: AnyPage): Promise<void> {
  await goto(page, JOURNEYS_END);
  // The first sync may still be running: once it is done, a visit is the mirror's alone.
  await waitForButtonText(page, /^Simkl: S4E13 ✓/, 30_000);
  await showsFromMirror(world, page, /^Simkl: S4E13 ✓ \S.*\d{4}$/);
}

/** Each row of IMDb's season 4 list (E1, E12, E13): what its mark draws, from the mirror. */
function readRowMarks(roots: ShadowRoot[]): string[] {
  return roots.map((root) => {
    const row = /S4\.E\d+/.exec(root.host.previousElementSibling?.textContent ?? '')?.[0] ?? '?';
    return `${row} ${root.querySelector('span')?.getAttribute('data-t') ?? '-'}`;
  });
}

export async function seasonListMarksRows(world: World, page: AnyPage): Promise<void> {
  await goto(page, DOCTOR_WHO_S4);
  // Season 4 has 13 aired episodes (Simkl's list, one request a day at most): 3 are watched.
  await waitForButtonText(page, /^Season 4 · 3\/13 watched$/, 30_000);
  const marks = await eventually(
    () => inClosedRoots(page, '[data-simkl-mark]', readRowMarks, null).catch(() => []),
    (seen) => seen.length === 3,
  );
  expect(marks).toEqual(['S4.E1 ✓', 'S4.E12 -', 'S4.E13 ✓']);
  expect(simklRequestList(world).filter((request) => request.includes('/sync/'))).toEqual([]);
}

export async function unwatchLandsThatEpisode(world: World, page: AnyPage): Promise<void> {
  await goto(page, JOURNEYS_END);
  await waitForButtonText(page, /^Simkl: S4E13 ✓/, 30_000);
  // A watched episode offers its Unwatch in the place of Mark watched.
  await clickInControl(page, '[data-testid="simkl-button"]');
  expect(await textInControl(page, '[data-action="unwatch"]')).toBe('Unwatch S4E13');
  await clickInControl(page, '[data-action="unwatch"]');
  await waitForButtonText(page, 'Simkl: S4E13 · not watched');
  const expected = DOCTOR_WHO_START.filter((code) => code !== 'S4E13');
  const landed = await eventually(
    () => watchedOnService(world, 'Doctor Who'),
    (now) => now.length === expected.length,
    30_000,
  );
  expect(landed).toEqual(expected);
  await showsFromMirror(world, page, /^Simkl: S4E13 · not watched$/);
}

export async function catchUpLandsTheGap(world: World, page: AnyPage): Promise<void> {
  await goto(page, JOURNEYS_END);
  await waitForButtonText(page, 'Simkl: S4E13 · not watched', 30_000);
  await openAndClick(page, '[data-action="catch-up"]');
  // E3–E13 of season 4: the earlier aired episodes not watched yet, and this one.
  expect(await textInControl(page, '[role="alertdialog"] p')).toBe(
    'Mark 11 episodes as watched (S4E3–S4E13)?',
  );
  await clickInControl(page, '[data-action="confirm"]');
  await waitForButtonText(page, /^Simkl: S4E13 ✓/);
  const expected = sorted([...DOCTOR_WHO_START.filter((code) => !code.startsWith('S4')), ...codes(4, 1, 13)]);
  const landed = await eventually(
    () => watchedOnService(world, 'Doctor Who'),
    (now) => now.length === expected.length,
    30_000,
  );
  expect(landed).toEqual(expected);
}

export async function seasonPageMarksTheSeason(world: World, page: AnyPage): Promise<void> {
  await goto(page, STRANGER_THINGS_S1);
  await waitForButtonText(page, /^Season 1 · 1\/8 watched$/, 30_000);
  await openAndClick(page, '[data-action="watch-season"]');
  expect(await textInControl(page, '[role="alertdialog"] p')).toBe('Mark 7 episodes as watched (S1E2–S1E8)?');
  await clickInControl(page, '[data-action="confirm"]');
  await waitForButtonText(page, /^Season 1 · 8\/8 watched$/);
  // A finished season offers the way back instead.
  await clickInControl(page, '[data-testid="simkl-button"]');
  expect(await textInControl(page, '[data-action="unwatch-season"]')).toBe('Unmark season');
  await clickInControl(page, '[data-testid="simkl-button"]');
  const landed = await eventually(
    () => watchedOnService(world, 'Stranger Things'),
    (now) => now.length === 8,
    30_000,
  );
  expect(landed).toEqual(codes(1, 1, 8));
}

export async function malEpisodePageMarksItsEpisode(world: World, page: AnyPage): Promise<void> {
  await goto(page, AO_NO_HAKO_E5);
  await waitForButtonText(page, 'Simkl: E5 · not watched', 30_000);
  await openAndClick(page, '[data-action="watched"]');
  await waitForButtonText(page, /^Simkl: E5 ✓/);
  const landed = await eventually(
    () => watchedOnService(world, 'Ao no Hako'),
    (now) => now.length === 4,
    30_000,
  );
  expect(landed).toEqual(['S1E1', 'S1E2', 'S1E3', 'S1E5']);
}
