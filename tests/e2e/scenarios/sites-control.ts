/**
 * The in-page control on every supported site, the same in every browser: signed out it offers
 * sign-in beside the title; signed in, a choice on each site lands on the local service and a reload
 * shows it from the mirror; an episode page marks that episode; a page without an anchor floats it.
 * The steps run in order and share one library (The Matrix is met on IMDb, TMDB and Netflix).
 */
import { expect } from 'vitest';
import type { SnapshotEntry } from '../../simkl-service/types';
import { type AnyPage, choose, rate, waitForButtonText } from '../harness/pages';
import type { World } from '../harness/world';
import {
  goto,
  hasEpisode,
  type LibrarySection,
  markWatched,
  placement,
  reload,
  waitForEntry,
} from './sites-pages';

export interface SiteVisit {
  url: string;
  /** The element the control must sit right after. */
  anchor: string;
}

const IMDB_HERO = 'h1[data-testid="hero__pageTitle"]';
const NETFLIX_MODAL_HEADER = '.previewModal--container .previewModal--player-titleTreatment';

export const VISITS = {
  imdbMovie: { url: 'https://www.imdb.com/title/tt0133093/', anchor: IMDB_HERO },
  imdbGerman: { url: 'https://www.imdb.com/de/title/tt0133093/', anchor: IMDB_HERO },
  imdbMobileEpisode: { url: 'https://m.imdb.com/title/tt1205438/', anchor: IMDB_HERO },
  tmdbMovie: { url: 'https://www.themoviedb.org/movie/603-the-matrix', anchor: '.header .title' },
  tmdbShow: { url: 'https://www.themoviedb.org/tv/66732-stranger-things', anchor: '.header .title' },
  malAnime: { url: 'https://myanimelist.net/anime/1535/Death_Note', anchor: '.page-title > a.title' },
  netflixTitle: { url: 'https://www.netflix.com/title/80057281', anchor: NETFLIX_MODAL_HEADER },
  netflixModal: { url: 'https://www.netflix.com/browse?jbv=20557937', anchor: NETFLIX_MODAL_HEADER },
  netflixPlayer: { url: 'https://www.netflix.com/watch/81649856', anchor: '[data-uia="video-title"]' },
} as const satisfies Record<string, SiteVisit>;

/** An IMDb title page whose layout has no hero heading (tests/fixtures/sites ANCHORLESS_PAGES). */
export const ANCHORLESS_URL = 'https://www.imdb.com/title/tt0110912/';

/** Arrives, checks the label and that exactly one control sits beside the title. */
export async function visit(page: AnyPage, where: SiteVisit, label: string | RegExp): Promise<void> {
  await goto(page, where.url);
  await waitForButtonText(page, label);
  const { count, anchored, floating } = await placement(page, where.anchor);
  // The URL rides along so a failure names the page.
  expect({ url: where.url, count, anchored, floating }).toEqual({
    url: where.url,
    count: 1,
    anchored: true,
    floating: false,
  });
}

export async function signedOutEverywhere(page: AnyPage): Promise<void> {
  for (const where of Object.values(VISITS)) await visit(page, where, 'Sign in to Simkl');
}

interface Step {
  where: SiteVisit;
  /** The label on arrival (what earlier steps left). */
  before: string | RegExp;
  act(page: AnyPage): Promise<void>;
  section: LibrarySection;
  title: string;
  landed(entry: SnapshotEntry): boolean;
  /** The label after a reload, from the mirror. */
  after: string | RegExp;
}

const STEPS: readonly Step[] = [
  {
    where: VISITS.imdbMovie,
    before: 'Add to Simkl',
    act: (page) => choose(page, 'plantowatch'),
    section: 'movies',
    title: 'The Matrix',
    landed: (entry) => entry.status === 'plantowatch',
    after: 'Simkl: Plan to Watch',
  },
  {
    where: VISITS.imdbGerman,
    before: 'Simkl: Plan to Watch',
    act: (page) => rate(page, 8),
    section: 'movies',
    title: 'The Matrix',
    landed: (entry) => entry.status === 'plantowatch' && entry.rating === 8,
    after: 'Simkl: Plan to Watch ★8',
  },
  {
    where: VISITS.imdbMobileEpisode,
    before: 'Add to Simkl',
    act: markWatched,
    section: 'shows',
    title: 'Doctor Who',
    landed: (entry) => hasEpisode(entry, 13, 4),
    // An episode page says its episode's state (docs/architecture.md, Episodes and seasons).
    after: /^Simkl: S4E13 ✓ \S/,
  },
  {
    where: VISITS.tmdbMovie,
    before: 'Simkl: Plan to Watch ★8',
    act: (page) => choose(page, 'completed'),
    section: 'movies',
    title: 'The Matrix',
    landed: (entry) => entry.status === 'completed' && entry.rating === 8,
    after: 'Simkl: Completed ★8',
  },
  {
    where: VISITS.tmdbShow,
    before: 'Add to Simkl',
    act: (page) => choose(page, 'watching'),
    section: 'shows',
    title: 'Stranger Things',
    landed: (entry) => entry.status === 'watching',
    after: 'Simkl: Watching · S1E1 next',
  },
  {
    where: VISITS.malAnime,
    before: 'Add to Simkl',
    act: (page) => choose(page, 'hold'),
    section: 'anime',
    title: 'Death Note',
    landed: (entry) => entry.status === 'hold',
    after: 'Simkl: On Hold',
  },
  {
    where: VISITS.netflixTitle,
    before: 'Simkl: Watching · S1E1 next',
    act: (page) => rate(page, 9),
    section: 'shows',
    title: 'Stranger Things',
    landed: (entry) => entry.status === 'watching' && entry.rating === 9,
    after: 'Simkl: Watching ★9 · S1E1 next',
  },
  {
    where: VISITS.netflixModal,
    before: 'Simkl: Completed ★8',
    act: (page) => choose(page, 'dropped'),
    section: 'movies',
    title: 'The Matrix',
    landed: (entry) => entry.status === 'dropped',
    after: 'Simkl: Dropped ★8',
  },
  {
    where: VISITS.netflixPlayer,
    before: 'Add to Simkl',
    act: markWatched,
    section: 'anime',
    title: 'Dungeon Meshi',
    landed: (entry) => hasEpisode(entry, 21),
    after: /^Simkl: S1E21 ✓ \S/,
  },
];

/** Signed in: on every site, one choice lands on the service and a reload shows it. */
export async function choicesLandEverywhere(world: World, page: AnyPage): Promise<void> {
  for (const step of STEPS) {
    await visit(page, step.where, step.before);
    await step.act(page);
    const entry = await waitForEntry(world, step.section, step.title, step.landed);
    expect(entry && step.landed(entry), `${step.where.url}: ${step.title} on the service`).toBe(true);
    await reload(page);
    await waitForButtonText(page, step.after);
  }
}

/** A title page without any anchor: the control floats, fixed at the bottom right, and still works. */
export async function floatsWithoutAnchor(world: World, page: AnyPage): Promise<void> {
  await goto(page, ANCHORLESS_URL);
  await waitForButtonText(page, 'Add to Simkl');
  expect(await placement(page)).toMatchObject({ count: 1, floating: true, position: 'fixed' });
  await choose(page, 'plantowatch');
  const entry = await waitForEntry(
    world,
    'movies',
    'Pulp Fiction',
    (found) => found.status === 'plantowatch',
  );
  expect(entry?.status).toBe('plantowatch');
}
