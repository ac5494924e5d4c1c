/**
 * Titles for the fault scenarios, taken from the service's own catalogue so the expected Simkl id
 * is known before the extension resolves anything: films as an IMDb page would detect them, and the
 * fixture pages whose in-page control a test clicks.
 */
import type { DetectedMedia, ListStatus } from '../../../lib/media';
import { findFixturePage } from '../../fixtures/sites/pages';
import { findTitle } from '../../simkl-service/catalogue/index';
import { MOVIES } from '../../simkl-service/catalogue/movies';
import type { Expected } from './faults-ledger';

export interface TitleCase {
  media: DetectedMedia;
  expected: Expected;
}

/** A catalogue film by IMDb id, as the IMDb adapter would send it. */
export function film(imdb: string, status: ListStatus = 'plantowatch'): TitleCase {
  const seed = MOVIES.find((movie) => movie.imdb === imdb);
  if (!seed) throw new Error(`No catalogue film with IMDb id ${imdb}`);
  return {
    media: { site: 'imdb', kind: 'movie', ids: { imdb }, title: seed.title, year: seed.year },
    expected: { simkl: seed.simkl, title: seed.title, status },
  };
}

/** Catalogue films with IMDb ids, skipping the first `offset`, for scenarios that need fresh titles. */
export function films(count: number, offset = 0): TitleCase[] {
  const picked = MOVIES.filter((movie) => movie.imdb).slice(offset, offset + count);
  if (picked.length < count) throw new Error(`The catalogue has fewer than ${offset + count} films`);
  return picked.map((movie) => film(movie.imdb as string));
}

/** A fixture page's title as the service's catalogue knows it (tests/fixtures/sites/pages.ts). */
export function pageTitle(url: string, status: ListStatus = 'plantowatch'): Expected {
  const media = findFixturePage(url)?.expected;
  if (!media) throw new Error(`No fixture page with a title at ${url}`);
  const ids = media.show?.ids ?? media.ids;
  const scope = media.kind === 'movie' ? 'movies' : media.kind === 'anime' ? 'anime' : 'shows';
  const title = findTitle({ ...ids }, scope);
  if (!title) throw new Error(`The catalogue lacks the title of ${url}`);
  return { simkl: title.simkl, title: title.title, status };
}
