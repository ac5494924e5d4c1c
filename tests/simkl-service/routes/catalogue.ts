/**
 * Catalogue detail (`/movies|tv|anime/{simkl id or imdb id}`: legacy short form, full with
 * `extended=full` or when "full by default" is on), episode lists, and the public `/ratings`.
 * Unknown ids answer `200 []`, never 404 (docs/simkl-api.md, Quirks).
 */
import { broadcastDate, episodesOf, isoDate, releaseOf, titleStatus } from '../catalogue/episodes';
import { findTitle, type Title, titleBySimkl } from '../catalogue/index';
import { ratingsOf, titleUrl } from '../catalogue/model';
import { json, type Reply } from '../http';
import type { Kind } from '../types';
import type { ApiCtx, ApiRoute } from './context';

const SECTION_KIND: Record<string, Kind> = { movies: 'movie', tv: 'show', anime: 'anime' };
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function lookup(id: string, kind: Kind): Title | undefined {
  const title = /^tt\d+$/.test(id) ? findTitle({ imdb: id }) : titleBySimkl(Number(id));
  return title?.kind === kind ? title : undefined;
}

function fullRecord(title: Title, nowMs: number): Record<string, unknown> {
  const record: Record<string, unknown> = {
    rank: title.rank,
    poster: title.poster,
    fanart: title.fanart,
    overview: `${title.title} (${title.year}), as listed in the local Simkl catalogue.`,
    genres: title.genres.split('|'),
    country: title.country ?? (title.kind === 'anime' ? 'JP' : 'US'),
    runtime: title.runtime,
    certification: null,
    ratings: ratingsOf(title),
    trailers: null,
  };
  if (title.kind === 'movie') {
    record.released = isoDate(releaseOf(title, nowMs));
    return record;
  }
  const episodes = episodesOf(title, nowMs);
  const first = episodes[0];
  const lastAired = episodes.filter((ep) => ep.aired).at(-1);
  Object.assign(record, {
    first_aired: first ? new Date(first.date).toISOString().replace('.000Z', 'Z') : null,
    last_aired: lastAired ? new Date(lastAired.date).toISOString().replace('.000Z', 'Z') : null,
    airs: {
      day: first ? WEEKDAYS[new Date(first.date).getUTCDay()] : null,
      time: title.kind === 'anime' ? '12:00 AM' : '09:00 PM',
      timezone: title.kind === 'anime' ? 'Asia/Tokyo' : 'America/New_York',
    },
    total_episodes: episodes.length,
    status: titleStatus(title, nowMs),
    network: title.network ?? null,
  });
  if (title.kind === 'anime') {
    Object.assign(record, {
      anime_type: title.animeType ?? 'tv',
      en_title: title.enTitle ?? null,
      alt_titles: title.altTitles ?? [],
    });
  }
  return record;
}

function detail(ctx: ApiCtx, match: RegExpExecArray): Reply {
  const kind = SECTION_KIND[match[1] ?? ''];
  const title = kind && lookup(match[2] ?? '', kind);
  if (!title) return json(200, []);
  const type = title.kind;
  const full = ctx.state.settings.detailFullByDefault || (ctx.info.query.extended ?? '').includes('full');
  if (!full)
    return json(200, {
      title: title.title,
      year: title.year,
      type,
      ids: { simkl: title.simkl, slug: title.slug },
    });
  return json(200, {
    title: title.title,
    year: title.year,
    type,
    ids: { ...title.ids },
    ...fullRecord(title, ctx.nowMs),
  });
}

function episodeList(ctx: ApiCtx, match: RegExpExecArray): Reply {
  const kind = SECTION_KIND[match[1] ?? ''];
  const title = kind && lookup(match[2] ?? '', kind);
  if (!title) return json(200, []);
  const tvdb = (ctx.info.query.extended ?? '').includes('full_anime_seasons');
  return json(
    200,
    episodesOf(title, ctx.nowMs).map((ep) => ({
      title: ep.title,
      description: null,
      ...(title.kind === 'show' ? { season: ep.season } : {}),
      episode: ep.episode,
      type: 'episode',
      aired: ep.aired,
      img: ep.img,
      date: broadcastDate(ep.date, title.kind),
      ids: { simkl_id: ep.simklId, ...(ep.imdb ? { imdb: ep.imdb } : {}) },
      ...(tvdb && title.kind === 'anime' ? { tvdb: { season: 1, episode: ep.episode } } : {}),
    })),
  );
}

/** Illustrative community reactions, stable per title (the shape of Apiary's example). */
function reactionsOf(title: Title): Record<string, number> {
  const [positive, negative, neutral, reviews] = [
    title.simkl % 41,
    title.simkl % 7,
    title.simkl % 11,
    title.simkl % 13,
  ];
  const comments = 3 * reviews + (title.simkl % 5);
  return {
    total: positive + negative + neutral + reviews + comments,
    reviews,
    comments,
    positive,
    negative,
    neutral,
  };
}

/**
 * Public ratings by id (no token needed; AUTH V2 apps still need one: docs/simkl-api.md, Identification and tokens). Only `id` and `link`
 * unless `fields` asks for more: `simkl`, `ext` (capitalised `IMDB`, and `MAL`), `rank`, `droprate`,
 * `year` (`release_year`), `reactions`, `has_trailer`, `status`. `type=show|tv|anime` reads a tmdb id as TV.
 */
function publicRatings(ctx: ApiCtx): Reply {
  const q = ctx.info.query;
  const tvTmdb = q.type === 'show' || q.type === 'tv' || q.type === 'anime';
  const title = findTitle(
    { simkl: q.simkl, imdb: q.imdb, mal: q.mal, netflix: q.netflix, tmdb: q.tmdb },
    'any',
    !tvTmdb,
  );
  if (!title) return json(200, []);
  const fields = new Set((q.fields ?? '').split(','));
  const ratings = ratingsOf(title);
  const body: Record<string, unknown> = { id: title.simkl, link: `https://simkl.com${titleUrl(title)}` };
  if (fields.has('simkl')) body.simkl = ratings.simkl;
  if (fields.has('year')) body.release_year = String(title.year);
  if (fields.has('reactions')) body.reactions = reactionsOf(title);
  if (fields.has('rank')) body.rank = { type: title.kind, value: String(title.rank) };
  if (fields.has('droprate')) body.droprate = `${(title.simkl % 90) / 10}%`;
  if (fields.has('ext') && ratings.imdb) body.IMDB = ratings.imdb;
  if (fields.has('ext') && ratings.mal) body.MAL = ratings.mal;
  if (fields.has('has_trailer')) body.has_trailer = false;
  if (fields.has('status')) body.status = titleStatus(title, ctx.nowMs);
  return json(200, body);
}

export const CATALOGUE_ROUTES: ApiRoute[] = [
  { methods: ['GET'], pattern: /^\/(tv|anime)\/episodes\/(\d+)$/, access: 'catalog', handle: episodeList },
  { methods: ['GET'], pattern: /^\/(movies|tv|anime)\/(\d+|tt\d+)$/, access: 'catalog', handle: detail },
  { methods: ['GET'], pattern: /^\/ratings$/, access: 'public', handle: publicRatings },
];
