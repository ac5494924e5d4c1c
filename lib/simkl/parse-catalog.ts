/** Catalog answers (docs/simkl-api.md, Catalogue and scores): episode lists and public ratings. */
import type { SimklType } from '../media';
import type { EpisodeInfo, ExternalRatings, PublicRatings, RatingScore } from './api';
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
import { readSimklId } from './parse-ids';
import { readPoster } from './parse-media';
import { itemUrl } from './urls';

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

/** A catalogue record's `ratings` (with `extended=full`), linked like the public answer; [] = unknown. */
export function parseCatalogueRatings(data: unknown, type: SimklType): PublicRatings | null {
  if (data === null || Array.isArray(data)) return null;
  const raw = expectRecord(data, 'catalogue item');
  const simkl = isRecord(raw.ids) ? readSimklId(raw.ids) : undefined;
  const slug = isRecord(raw.ids) ? optionalString(raw.ids.slug) : undefined;
  return compact<PublicRatings>({
    ...(isRecord(raw.ratings) ? readRatings(raw.ratings) : {}),
    link: simkl === undefined ? undefined : itemUrl({ type, ids: { simkl, slug } }),
  });
}
