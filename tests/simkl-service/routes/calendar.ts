/**
 * data.simkl.in calendar files, generated from the catalogue around the clock: v1 arrays
 * (`/calendar/{type}.json` = yesterday + 33 days, monthly `/calendar/{YYYY}/{M}/{type}.json`, month
 * unpadded) and v2 objects (`/calendar/v2/...`, `{calendar, metadata}`; months past current+3 → 404).
 * `Last-Modified` is the 6-hour generation slot; `If-Modified-Since` gets 304. docs/simkl-api.md, Calendar files.
 */
import {
  broadcastDate,
  DAY,
  episodesOf,
  isoDate,
  releaseOf,
  startOfUtcDay,
  titleStatus,
} from '../catalogue/episodes';
import { TITLES, type Title, titleNames } from '../catalogue/index';
import { ratingsOf, titleUrl } from '../catalogue/model';
import { json, notFound, type Reply, type RequestInfo } from '../http';
import type { ServiceState } from '../state';

type CalendarType = 'tv' | 'anime' | 'movie_release';

interface Airing {
  title: Title;
  date: number;
  season?: number;
  episode?: number;
  episodeTitle?: string;
  finale: number | null;
}

const SIX_HOURS = 6 * 3600 * 1000;

function airingsBetween(type: CalendarType, from: number, to: number, nowMs: number): Airing[] {
  const out: Airing[] = [];
  for (const title of TITLES) {
    if (type === 'movie_release') {
      const date = title.kind === 'movie' ? releaseOf(title, nowMs) : Number.NaN;
      if (date >= from && date < to) out.push({ title, date, finale: null });
      continue;
    }
    if (title.kind !== (type === 'tv' ? 'show' : 'anime') || title.animeType === 'movie') continue;
    const episodes = episodesOf(title, nowMs);
    episodes.forEach((ep, index) => {
      if (ep.date < from || ep.date >= to) return;
      const next = episodes[index + 1];
      const finale = !next ? (title.airing ? 1 : 2) : next.season !== ep.season ? 1 : null;
      out.push({
        title,
        date: ep.date,
        season: ep.season,
        episode: ep.episode,
        episodeTitle: ep.title,
        finale,
      });
    });
  }
  return out.sort((a, b) => a.date - b.date);
}

function idsOf(title: Title): Record<string, unknown> {
  const { simkl, ...rest } = title.ids;
  return { simkl_id: simkl, ...rest };
}

function episodeUrl(airing: Airing): string {
  const base = `https://simkl.com${titleUrl(airing.title)}`;
  return airing.season && airing.title.kind === 'show'
    ? `${base}/season-${airing.season}/episode-${airing.episode}/`
    : `${base}/episode-${airing.episode}/`;
}

function v1Item(airing: Airing): Record<string, unknown> {
  const { title } = airing;
  const item: Record<string, unknown> = {
    title: title.title,
    poster: title.poster,
    date: broadcastDate(airing.date, title.kind),
    release_date: broadcastDate(airing.date, title.kind).slice(0, 10),
    rank: title.rank,
    url: `https://simkl.com${titleUrl(title)}`,
    ids: idsOf(title),
    ratings: ratingsOf(title),
  };
  if (airing.episode !== undefined) {
    const season = title.kind === 'show' ? { season: airing.season } : {};
    item.episode = { ...season, episode: airing.episode, url: episodeUrl(airing) };
  }
  if (title.kind === 'anime') item.anime_type = title.animeType ?? 'tv';
  return item;
}

function v2Metadata(title: Title, nowMs: number): Record<string, unknown> {
  const episodes = title.kind === 'movie' ? 0 : episodesOf(title, nowMs).length;
  const seed = title.simkl % 1000;
  const released = title.kind === 'movie' ? releaseOf(title, nowMs) : Date.parse(`${title.date}T00:00:00Z`);
  const meta: Record<string, unknown> = {
    title: title.title,
    url: titleUrl(title),
    alt_titles: titleNames(title)
      .slice(1)
      .map((name) => ({ name, lang: 1, type: 'official' })),
    poster: title.poster,
    fanart: title.fanart,
    ids: idsOf(title),
    release_date: isoDate(released),
    rank: title.rank,
    drop_rate: `${(seed % 90) / 10}%`,
    watched: seed * 37,
    plan_to_watch: seed * 11,
    watching: seed * 3,
    completed: seed * 29,
    ratings: ratingsOf(title),
    country: title.country ?? (title.kind === 'anime' ? 'JP' : 'US'),
    original_language: title.kind === 'anime' ? 'ja' : 'en',
    runtime: `${title.runtime}m`,
    status: titleStatus(title, nowMs),
    total_episodes: episodes,
    network: title.network ?? null,
    genres: title.genres.split('|'),
    trailer: null,
  };
  if (title.kind === 'anime')
    Object.assign(meta, { title_romaji: title.title, anime_type: title.animeType ?? 'tv' });
  if (title.kind === 'movie') {
    const dvd = new Date(released + 120 * DAY);
    meta.dvd_date = `${String(dvd.getUTCMonth() + 1).padStart(2, '0')}/${String(dvd.getUTCDate()).padStart(2, '0')}/${dvd.getUTCFullYear()}`;
  }
  return meta;
}

function v2Body(airings: Airing[], nowMs: number): Record<string, unknown> {
  const metadata: Record<string, unknown> = {};
  const calendar = airings.map((airing) => {
    metadata[String(airing.title.simkl)] ??= v2Metadata(airing.title, nowMs);
    const entry: Record<string, unknown> = {
      simkl_id: airing.title.simkl,
      date: new Date(airing.date).toISOString().replace('.000Z', 'Z'),
      finale_type: airing.finale,
    };
    if (airing.episode !== undefined) {
      entry.episode = {
        ...(airing.title.kind === 'show' ? { season: airing.season } : {}),
        episode: airing.episode,
        title: airing.episodeTitle,
        runtime: airing.title.runtime,
        url: episodeUrl(airing),
      };
    }
    return entry;
  });
  return { calendar, metadata };
}

export function handleCalendar(state: ServiceState, info: RequestInfo): Reply {
  const match = /^\/calendar\/(v2\/)?(?:(\d{4})\/([1-9]|1[0-2])\/)?(tv|anime|movie_release)\.json$/.exec(
    info.path,
  );
  if (!match || info.method !== 'GET') return notFound();
  const [, v2, year, month, type] = match;
  const nowMs = state.now();
  const today = startOfUtcDay(nowMs);
  let from = today - DAY;
  let to = today + 34 * DAY;
  if (year && month) {
    from = Date.UTC(Number(year), Number(month) - 1, 1);
    to = Date.UTC(Number(year), Number(month), 1);
    const now = new Date(nowMs);
    const ahead = (Number(year) - now.getUTCFullYear()) * 12 + (Number(month) - 1 - now.getUTCMonth());
    if (v2 && ahead > 3) return notFound();
  }
  const generated = Math.floor(nowMs / SIX_HOURS) * SIX_HOURS;
  const headers = {
    'last-modified': new Date(generated).toUTCString(),
    'cache-control': 'public, max-age=18000',
  };
  const since = Date.parse(String(info.headers['if-modified-since'] ?? ''));
  if (!Number.isNaN(since) && since >= generated) return { status: 304, headers, body: '' };
  const airings = airingsBetween(type as CalendarType, from, to, nowMs);
  return json(200, v2 ? v2Body(airings, nowMs) : airings.map(v1Item), headers);
}
