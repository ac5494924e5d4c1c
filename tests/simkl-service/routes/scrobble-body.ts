/**
 * Strict reading of a `/scrobble/start|pause|stop` body (docs/simkl-api.md, Scrobbling and check-in; api.simkl.org ScrobbleBody),
 * checked whole before anything changes: `progress` 0–100 plus one of `movie`, `show` + `episode` or
 * `anime` + `episode`. Malformed → the service's 400 envelope (`empty_field` / `wrong_parameter`, as
 * the sync writes answer); a title or episode the catalogue does not know → `404 id_err`.
 */
import { episodesOf } from '../catalogue/episodes';
import { resolveItem, type Scope, type Title } from '../catalogue/index';
import { apiError, isRecord, type Reply, type RequestInfo } from '../http';
import type { ScrobbleTarget } from '../playback';
import { given, type Item, missed, namesTitle, wrong } from './write-body';

/** Simkl takes the first media object present, in this order; a show may resolve to an anime. */
const MEDIA_KEYS: Array<[string, Scope]> = [
  ['movie', 'movies'],
  ['show', 'shows'],
  ['anime', 'anime'],
];

const notFound = (what: string) => apiError(404, 'id_err', `${what} not found`);

/** A number (or numeric string, as PHP reads it) from 0 to 100, kept to two decimals. */
function progressOf(value: unknown): number | Reply {
  if (!given(value) || value === '') return missed('progress');
  const number = typeof value === 'number' || typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(number) || number < 0 || number > 100) return wrong('progress');
  return Math.round(number * 100) / 100;
}

function whole(value: unknown, min: number): boolean {
  const numeric = typeof value === 'number' || (typeof value === 'string' && value !== '');
  return numeric && Number.isInteger(Number(value)) && Number(value) >= min;
}

/** `{season?, number}`: number whole from 1, season whole from 0 (0 = specials). */
function episodeShape(episode: unknown): Reply | undefined {
  if (!given(episode)) return undefined;
  if (!isRecord(episode)) return wrong('episode');
  if (given(episode.number) && !whole(episode.number, 1)) return wrong('number');
  if (given(episode.season) && !whole(episode.season, 0)) return wrong('season');
  return undefined;
}

/** Films need no episode (an anime film is its one episode); series need one the catalogue has. */
function pickEpisode(title: Title, episode: unknown, nowMs: number): ScrobbleTarget['episode'] | Reply {
  const film = title.kind === 'movie' || title.animeType === 'movie';
  const episodes = episodesOf(title, nowMs);
  if (film) return episodes[0];
  if (!isRecord(episode)) return missed('episode');
  if (!given(episode.number)) return isRecord(episode.ids) ? notFound('Episode') : missed('number');
  const number = Number(episode.number);
  const season = Number(episode.season ?? 1);
  // Anime keep AniDB numbering in one season; a TVDB season sent for an anime is not remapped here.
  const found = episodes.find(
    (ep) => ep.episode === number && (title.kind === 'anime' || ep.season === season),
  );
  return found ?? notFound('Episode');
}

export function readScrobble(info: RequestInfo, nowMs: number): { reply: Reply } | ScrobbleTarget {
  if (info.rawBody.trim() === '') return { reply: apiError(400, 'empty_field', 'Empty request body') };
  const body = info.body;
  if (!isRecord(body)) return { reply: apiError(400, 'wrong_parameter', 'The body must be a JSON object') };
  const found = MEDIA_KEYS.find(([key]) => given(body[key]));
  if (!found) return { reply: apiError(400, 'empty_field', 'Missed "movie", "show" or "anime" parameter') };
  const [key, scope] = found;
  const media = body[key];
  if (!isRecord(media)) return { reply: wrong(key) };
  const unnamed = namesTitle(media as Item, key);
  if (unnamed) return { reply: unnamed };
  const progress = progressOf(body.progress);
  if (typeof progress !== 'number') return { reply: progress };
  const badEpisode = episodeShape(body.episode);
  if (badEpisode) return { reply: badEpisode };
  const title = resolveItem(media, scope);
  if (!title) return { reply: notFound('Item') };
  const episode = pickEpisode(title, body.episode, nowMs);
  if (episode && 'status' in episode) return { reply: episode };
  return { title, episode, progress };
}
