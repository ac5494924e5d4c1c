/**
 * `/search/id` (lookup by any id or by exact title) and `/search/{movie|tv|anime}` (text or a media URL,
 * paginated with X-Pagination-* headers, page ≤ 20 and limit ≤ 50 clamped silently). docs/simkl-api.md, Search.
 */
import { titleStatus } from '../catalogue/episodes';
import {
  findByTitle,
  findTitle,
  type Scope,
  TITLES,
  type Title,
  titleBySimkl,
  titleNames,
  titleOfEpisodeImdb,
} from '../catalogue/index';
import { ratingsOf, SEED_ID_KEYS, titleUrl, wireType } from '../catalogue/model';
import { json, type Reply } from '../http';
import type { Kind } from '../types';
import type { ApiCtx, ApiRoute } from './context';

/**
 * `traktslug` as the contract's notes list it for /search/id (Simkl's own ID Lookup does not): the
 * extension never sends it there (docs/sites.md, Trakt: ids), the service answers it all the same.
 */
const ID_KEYS = ['simkl', ...SEED_ID_KEYS] as const;
/** `/search/movie` finds films, `/search/tv` shows, `/search/anime` anime (series and films). */
const SEARCH_KIND: Record<string, Kind> = { movie: 'movie', tv: 'show', anime: 'anime' };

function searchIdItem(title: Title, nowMs: number, withMal: boolean): Record<string, unknown> {
  const item: Record<string, unknown> = {
    type: wireType(title),
    title: title.title,
    poster: title.poster,
    year: title.year,
    status: titleStatus(title, nowMs),
    ids: { simkl: title.simkl, slug: title.slug },
  };
  if (title.kind !== 'movie') item.total_episodes = (title.seasons ?? [1]).reduce((a, b) => a + b, 0);
  if (title.kind === 'anime') item.anime_type = title.animeType ?? 'tv';
  if (withMal && title.mal) item.mal = { id: title.mal, type: title.animeType === 'movie' ? 'Movie' : 'TV' };
  return item;
}

/**
 * A lookup the tests pinned (control `pinSearchId`): another title, a wrong match to correct, or
 * null for 0, an id Simkl does not know; undefined when nothing is pinned.
 */
function pinnedTitle(ctx: ApiCtx, ids: Record<string, string | undefined>): Title | null | undefined {
  for (const [key, value] of Object.entries(ids)) {
    const simkl = value ? ctx.state.settings.pinnedIds[`${key}:${value.toLowerCase()}`] : undefined;
    if (simkl !== undefined) return simkl === 0 ? null : titleBySimkl(simkl);
  }
  return undefined;
}

function searchById(ctx: ApiCtx): Reply {
  const q = ctx.info.query;
  const ids = Object.fromEntries(ID_KEYS.filter((key) => q[key]).map((key) => [key, q[key]]));
  if (Object.keys(ids).length > 0) {
    const pinned = pinnedTitle(ctx, ids);
    if (pinned !== undefined)
      return json(200, pinned ? [searchIdItem(pinned, ctx.nowMs, Boolean(ids.mal))] : []);
    // TMDB keeps films and TV apart; Simkl needs `type=show` to look in the TV section.
    const tmdbFilm = !['show', 'tv', 'anime'].includes(q.type ?? '');
    const title = findTitle(ids, 'any', tmdbFilm) ?? (ids.imdb ? titleOfEpisodeImdb(ids.imdb) : undefined);
    return json(200, title ? [searchIdItem(title, ctx.nowMs, Boolean(ids.mal))] : []);
  }
  if (q.title) {
    const scope: Scope =
      q.type === 'movie' ? 'movies' : q.type === 'anime' ? 'anime' : q.type ? 'shows' : 'any';
    const year = q.year ? Number(q.year) : undefined;
    const matches = findByTitle(q.title, year, scope);
    // An ambiguous title answers null: the caller must narrow it down (Apiary).
    if (matches.length > 1) return json(200, null);
    return json(
      200,
      matches.map((title) => searchIdItem(title, ctx.nowMs, false)),
    );
  }
  return json(200, []);
}

/** A media URL as the query: IMDb, TMDB, MyAnimeList, Netflix or Simkl itself. */
function titleFromUrl(q: string): Title | undefined {
  const tmdb = /themoviedb\.org\/(movie|tv)\/(\d+)/.exec(q);
  if (tmdb) return findTitle({ tmdb: tmdb[2] }, 'any', tmdb[1] === 'movie');
  const mal = /myanimelist\.net\/anime\/(\d+)/.exec(q);
  if (mal) return findTitle({ mal: mal[1] });
  const netflix = /netflix\.com\/(?:[a-z-]+\/)?(?:title|watch)\/(\d+)/.exec(q);
  if (netflix) return findTitle({ netflix: netflix[1] });
  const simkl = /simkl\.com\/(?:movies|tv|anime)\/(\d+)/.exec(q);
  if (simkl) return findTitle({ simkl: simkl[1] });
  return findTitle({ imdb: q });
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function textMatches(q: string, kind: Kind): Title[] {
  const words = normalise(q).split(' ').filter(Boolean);
  const year = words.length > 1 && /^(19|20)\d\d$/.test(words.at(-1) ?? '') ? Number(words.pop()) : undefined;
  const pool = TITLES.filter((title) => title.kind === kind);
  const hits = pool.filter((title) => {
    const names = titleNames(title).map(normalise).join(' | ');
    return words.every((word) => names.includes(word)) && (year === undefined || title.year === year);
  });
  return hits.sort((a, b) => a.rank - b.rank);
}

function textItem(title: Title, endpoint: string, full: boolean, nowMs: number): Record<string, unknown> {
  const item: Record<string, unknown> = {
    title: title.title,
    year: title.year,
    poster: title.poster,
    endpoint_type: endpoint,
  };
  if (title.kind === 'anime')
    Object.assign(item, {
      title_en: title.enTitle ?? null,
      title_romaji: title.title,
      type: title.animeType ?? 'tv',
    });
  item.ids = { simkl_id: title.simkl, slug: title.slug, ...(title.tmdb ? { tmdb: title.tmdb } : {}) };
  if (full) {
    Object.assign(item, {
      url: titleUrl(title),
      rank: title.rank,
      ratings: ratingsOf(title),
      all_titles: titleNames(title),
    });
    if (title.kind !== 'movie') {
      item.ep_count = (title.seasons ?? [1]).reduce((a, b) => a + b, 0);
      item.status = titleStatus(title, nowMs);
    }
  }
  return item;
}

function clamp(value: string | undefined, fallback: number, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), max) : fallback;
}

function searchText(ctx: ApiCtx, match: RegExpExecArray): Reply {
  const kind = SEARCH_KIND[match[1] ?? ''] ?? 'movie';
  const q = (ctx.info.query.q ?? '').trim();
  const page = clamp(ctx.info.query.page, 1, 20);
  const limit = clamp(ctx.info.query.limit, 10, 50);
  let hits: Title[] = [];
  if (/^https?:\/\//i.test(q) || /^tt\d+$/.test(q)) {
    const title = titleFromUrl(q);
    hits = title ? [title] : [];
  } else if (q) {
    hits = textMatches(q, kind);
  }
  const full = (ctx.info.query.extended ?? '').split(',').includes('full');
  const items = hits.slice((page - 1) * limit, page * limit).map((title) => {
    const endpoint = title.kind === 'movie' ? 'movies' : title.kind === 'show' ? 'tv' : 'anime';
    return textItem(title, endpoint, full, ctx.nowMs);
  });
  return json(200, items, {
    'x-pagination-page': String(page),
    'x-pagination-limit': String(limit),
    'x-pagination-page-count': String(Math.min(20, Math.ceil(hits.length / limit))),
    'x-pagination-item-count': String(hits.length),
  });
}

export const SEARCH_ROUTES: ApiRoute[] = [
  { methods: ['GET'], pattern: /^\/search\/id$/, access: 'public', handle: searchById },
  { methods: ['GET'], pattern: /^\/search\/(movie|tv|anime)$/, access: 'public', handle: searchText },
  // No file-name matching here: Simkl answers an unrecognised file with an empty array.
  { methods: ['GET', 'POST'], pattern: /^\/search\/file$/, access: 'public', handle: () => json(200, []) },
];
