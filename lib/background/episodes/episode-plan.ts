/**
 * What an episode or season action (docs/architecture.md, Episodes and seasons) writes, from the mirror's
 * watched episodes and, for catch-up and a season, Simkl's episode list: the count the confirmation shows and
 * the one outbox write, or none when there is nothing to do.
 *
 * Anime from a site that numbers by TVDB seasons (any site but MAL, when the page names a season):
 * the mirror and Simkl's episode list keep an anime entry in its own (AniDB) numbering, as season 1.
 * TVDB's season 1 maps onto it directly, so every action counts there as for a show. A later TVDB
 * season is another Simkl entry (a sequel) or a stretch of a long anime's absolute numbering, which
 * this entry's episodes cannot count: one episode is still marked (Simkl maps it, with
 * `use_tvdb_anime_seasons`), but unwatch (the removal has no such flag), catch-up and the season
 * actions answer an error that says so rather than a wrong count.
 */
import { SimklError } from '../../errors';
import type { EpisodeRef } from '../../library/episode-code';
import { isWatched, seasonOf } from '../../library/episode-patch';
import { isAiredEpisode } from '../../library/episode-state';
import {
  catchUpTo,
  type EpisodeWrite,
  episodeWrite,
  unwatchEpisode,
  unwatchSeason,
} from '../../library/episode-writes';
import { isNumberedEpisode, NOT_AN_EPISODE, type SimklItem } from '../../media';
import type { EpisodeActionRequest } from '../../messaging';
import { episodesAction } from '../../outbox/episodes-action';
import type { WriteAction } from '../../outbox/types';
import type { EpisodeInfo, WatchedSeasons } from '../../simkl/api';

export interface EpisodePlan {
  count: number;
  action: WriteAction | null;
  /** Several episodes: the first and the last, in order (the confirmation names the range). */
  range?: { first: EpisodeRef; last: EpisodeRef };
}

export interface PlanInput {
  request: EpisodeActionRequest;
  item: SimklItem;
  seasons: WatchedSeasons | null;
  /** Simkl's episode list; only catch-up and the season actions read it. */
  catalogue(): Promise<readonly EpisodeInfo[]>;
  now: number;
}

const NOTHING: EpisodePlan = { count: 0, action: null };

const LATER_TVDB_SEASON =
  "Simkl counts this anime's later seasons as separate titles: mark its episodes one by one here.";

function planOf(mode: 'watch' | 'unwatch', write: EpisodeWrite): EpisodePlan {
  if (write.count === 0) return NOTHING;
  const plan: EpisodePlan = { count: write.count, action: episodesAction(mode, write.write) };
  const [first] = write.episodes;
  const last = write.episodes.at(-1);
  return first && last && write.count > 1 ? { ...plan, range: { first, last } } : plan;
}

export async function planEpisodeAction({
  request,
  item,
  seasons,
  catalogue,
  now,
}: PlanInput): Promise<EpisodePlan> {
  const { media, action } = request;
  const season = request.season ?? media.season;
  const episode = request.episode ?? media.episode;
  const tvdbNumbered = item.type === 'anime' && media.site !== 'mal' && season !== undefined;
  const laterTvdbSeason = tvdbNumbered && season !== 1;
  const target = { type: item.type, ids: item.ids };

  function here(): EpisodeRef {
    if (episode === undefined) throw new SimklError('bad-request', 'no episode');
    if (!isNumberedEpisode(episode)) throw new SimklError('bad-request', NOT_AN_EPISODE);
    return season === undefined ? { episode } : { season, episode };
  }
  function seasonNumber(): number {
    if (season !== undefined) return season;
    if (item.type === 'anime') return 1;
    throw new SimklError('bad-request', 'no season');
  }
  if (laterTvdbSeason && action !== 'watch') throw new SimklError('bad-request', LATER_TVDB_SEASON);

  switch (action) {
    case 'watch': {
      const ref = here();
      if (laterTvdbSeason) {
        const write = episodesAction('watch', episodeWrite(target, [ref]).write);
        return { count: 1, action: { ...write, tvdbSeasons: true } };
      }
      if (isWatched(seasons, ref)) return NOTHING;
      const watched: WriteAction = { kind: 'watched', scope: 'episode', ...ref };
      return { count: 1, action: tvdbNumbered ? { ...watched, tvdbSeasons: true } : watched };
    }
    case 'unwatch': {
      const ref = here();
      return isWatched(seasons, ref) ? planOf('unwatch', unwatchEpisode(target, ref)) : NOTHING;
    }
    case 'catchUp': {
      const ref = here();
      return planOf('watch', catchUpTo(target, seasons, await catalogue(), ref, now));
    }
    case 'watchSeason': {
      const number = seasonNumber();
      const refs = (await catalogue())
        .filter((info) => isAiredEpisode(info, now) && seasonOf(info) === number)
        .map((info) => ({ season: number, episode: info.episode as number }))
        .filter((ref) => !isWatched(seasons, ref));
      return planOf('watch', episodeWrite(target, refs));
    }
    case 'unwatchSeason':
      return planOf('unwatch', unwatchSeason(target, seasons, seasonNumber()));
  }
}
