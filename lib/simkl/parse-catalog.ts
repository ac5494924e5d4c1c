/** Catalog answers (simkl-api.md §3.2, §3.4): detail, episode lists and public ratings. */
import type { SimklType } from '../media';
import type { EpisodeInfo, ExternalRatings, PublicRatings, RatingScore, SimklDetail } from './api';
import {
  compact,
  expectList,
  expectRecord,
  isRecord,
  type JsonRecord,
  optionalInt,
  optionalNumber,
  optionalString,
} from './parse-guards';
import { readSimklId, readType } from './parse-ids';
import { readItem, readPoster } from './parse-media';

function readScore(raw: unknown): RatingScore | undefined {
  if (!isRecord(raw)) return undefined;
  const rating = optionalNumber(raw.rating);
  return rating === undefined ? undefined : compact<RatingScore>({ rating, votes: optionalInt(raw.votes) });
}

/** `imdb` is spelled `IMDB` in the public /ratings answer. */
function readRatings(raw: JsonRecord): ExternalRatings {
  return compact<ExternalRatings>({
    simkl: readScore(raw.simkl),
    imdb: readScore(raw.imdb ?? raw.IMDB),
    mal: readScore(raw.mal ?? raw.MAL),
  });
}

/** Runtime in minutes from `120`, `"120"` or `"22m"`. */
function readRuntime(value: unknown): number | undefined {
  return optionalInt(typeof value === 'string' ? value.replace(/\s*m(in)?$/i, '') : value);
}

/** A detail record, or null for Simkl's `200 []` on an unknown id. */
export function parseDetail(data: unknown, requested: SimklType): SimklDetail | null {
  if (data === null || (Array.isArray(data) && data.length === 0)) return null;
  const raw = expectRecord(data, 'detail');
  // Anime asked through /anime answer type "anime"; a plain TV id answers "show" (or "tv").
  const type = requested === 'anime' ? 'anime' : (readType(raw.type) ?? requested);
  const genres = Array.isArray(raw.genres)
    ? raw.genres.filter((genre): genre is string => typeof genre === 'string')
    : undefined;
  const ratings = isRecord(raw.ratings) ? readRatings(raw.ratings) : undefined;
  return compact<SimklDetail>({
    ...readItem(raw, type, 'detail'),
    overview: optionalString(raw.overview),
    fanart: readPoster(raw.fanart),
    runtime: readRuntime(raw.runtime),
    genres,
    releaseStatus: optionalString(raw.status),
    totalEpisodes: optionalInt(raw.total_episodes),
    ratings: ratings && Object.keys(ratings).length > 0 ? ratings : undefined,
  });
}

export function parseEpisodes(data: unknown): EpisodeInfo[] {
  return expectList(data, 'episodes').map((entry) => {
    const raw = expectRecord(entry, 'episode');
    return compact<EpisodeInfo>({
      type: raw.type === 'special' ? 'special' : 'episode',
      season: optionalInt(raw.season),
      episode: optionalInt(raw.episode),
      title: optionalString(raw.title),
      aired: typeof raw.aired === 'boolean' ? raw.aired : undefined,
      date: optionalString(raw.date),
      image: readPoster(raw.img),
      simkl: isRecord(raw.ids) ? readSimklId(raw.ids) : undefined,
    });
  });
}

export function parsePublicRatings(data: unknown): PublicRatings | null {
  if (data === null || (Array.isArray(data) && data.length === 0)) return null;
  const raw = expectRecord(data, 'ratings');
  const rank = isRecord(raw.rank) ? raw.rank.value : raw.rank;
  return compact<PublicRatings>({
    ...readRatings(raw),
    rank: optionalInt(rank),
    droprate: optionalString(raw.droprate),
    link: optionalString(raw.link),
  });
}
