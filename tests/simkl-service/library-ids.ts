/**
 * The ids a library answer carries for a title (`/sync/all-items`, its ids-only forms, the ratings read):
 * what real Simkl answers hold (docs/simkl-api.md, Ids and media objects), not every id the catalogue knows. They never carry
 * `netflix` nor a site's slug (`animeplanet`), anime carry `mal`, `anidb` and only sometimes `imdb` (never `tmdb`),
 * shows carry `tvdb`, and any other key may be missing.
 * The gaps are fixed per title so tests can name them; search, details and calendars keep every id.
 */
import type { Title } from './catalogue/index';

/** Film and series ids that real library answers hold (besides simkl and slug). */
const FILM_AND_SERIES_KEYS = ['imdb', 'tmdb'] as const;

/**
 * Which key a film or series lacks, by the last digit of its Simkl id: 7 → no `tmdb`, 9 → no `imdb`
 * (The Godfather, Gladiator, House of the Dragon…; Forrest Gump, The Martian, Succession…).
 */
function missingKey(title: Title): 'imdb' | 'tmdb' | null {
  const digit = title.simkl % 10;
  return digit === 7 ? 'tmdb' : digit === 9 ? 'imdb' : null;
}

/** Anime keep `imdb` only when their Simkl id is even (Hunter x Hunter has it in Simkl's own example). */
function animeKeepsImdb(title: Title): boolean {
  return title.simkl % 2 === 0;
}

export function libraryIds(title: Title): Record<string, string | number> {
  const ids: Record<string, string | number> = { simkl: title.simkl, slug: title.slug };
  if (title.kind === 'anime') {
    if (title.mal) ids.mal = title.mal;
    if (title.anidb) ids.anidb = title.anidb;
    if (title.imdb && animeKeepsImdb(title)) ids.imdb = title.imdb;
    return ids;
  }
  const missing = missingKey(title);
  for (const key of FILM_AND_SERIES_KEYS) {
    const value = title[key];
    if (value && key !== missing) ids[key] = value;
  }
  if (title.tvdb) ids.tvdb = title.tvdb;
  return ids;
}
