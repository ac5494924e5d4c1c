/**
 * The import bench's Simkl: the generated history's made-up shows and films (tests/fixtures/sites/
 * netflix-history.ts) become catalogue titles of the in-process service, and `/search/id?netflix=`
 * is pinned to them, so the import matches, plans and sends them as it would a real history. One
 * film in fifty stays unknown to Simkl: the preview lists it and the import must never send it.
 */

import {
  EPISODES_PER_SEASON,
  GENERATED_FILMS,
  MOVIE_BASE,
  SHOW_BASE,
  SHOWS,
} from '../../tests/fixtures/sites/netflix-history';
import { registerTitles } from '../../tests/simkl-service/catalogue/index';
import { buildTitle } from '../../tests/simkl-service/catalogue/model';
import type { ServiceControl } from '../../tests/simkl-service/types';

const SIMKL_BASE = 9_600_000;

const isUnknown = (film: number) => film % 50 === 49;

export interface BenchCatalogue {
  /** The Netflix ids of the films Simkl does not know. */
  unknownFilms: string[];
}

export function seedImportCatalogue(control: ServiceControl): BenchCatalogue {
  const common = { runtime: 45, genres: 'Drama', rating: 7 };
  const shows = Array.from({ length: SHOWS }, (_, n) =>
    buildTitle(
      {
        ...common,
        simkl: SIMKL_BASE + n,
        title: `Generated Show ${n}`,
        year: 2000 + (n % 25),
        seasons: [EPISODES_PER_SEASON, EPISODES_PER_SEASON],
      },
      'show',
      0,
    ),
  );
  const films = Array.from({ length: GENERATED_FILMS }, (_, n) =>
    buildTitle(
      { ...common, simkl: SIMKL_BASE + 1000 + n, title: `Generated Film ${n}`, year: 2010, runtime: 110 },
      'movie',
      0,
    ),
  );
  registerTitles([...shows, ...films]);
  for (const [n, show] of shows.entries()) control.pinSearchId('netflix', String(SHOW_BASE + n), show.simkl);
  const unknownFilms: string[] = [];
  for (const [n, film] of films.entries()) {
    const netflix = String(MOVIE_BASE + n);
    control.pinSearchId('netflix', netflix, isUnknown(n) ? 0 : film.simkl);
    if (isUnknown(n)) unknownFilms.push(netflix);
  }
  return { unknownFilms };
}
