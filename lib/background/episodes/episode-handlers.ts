import { SimklError, toErrorData } from '../../errors';
import type { Library } from '../../library/types';
import type { SimklType } from '../../media';
import type { EpisodesView } from '../../messaging';
import type { Outbox } from '../../outbox/types';
import { type ItemState, readItemState } from '../../read-model/item-state';
import { itemView } from '../../read-model/item-view';
import type { Resolver } from '../../resolve/resolver';
import type { EpisodeHandlers } from '../intents/handler-types';
import { type CatalogueEpisode, catalogueView, type EpisodeCatalogue } from './episode-catalogue';
import { planEpisodeAction } from './episode-plan';

export interface EpisodeServices {
  library: Pick<Library, 'episodes' | 'find' | 'findItem'>;
  catalogue: Pick<EpisodeCatalogue, 'episodes'>;
  resolver: Resolver;
  outbox: Pick<Outbox, 'writesFor' | 'enqueue'>;
  isSignedIn(): boolean | Promise<boolean>;
  now?: () => number;
}

/**
 * A title's watched episodes for an episode or season page and the popup: from the mirror alone,
 * never a request to Simkl (the sync keeps them current). Simkl's episode list comes only when
 * asked for, from a day's cache. The actions write through the outbox like every write.
 */
export function createEpisodeHandlers(services: EpisodeServices): EpisodeHandlers {
  const { library, catalogue, outbox, isSignedIn, now = Date.now } = services;
  const sources = { library, resolver: services.resolver, writesFor: outbox.writesFor };

  async function episodesView(type: SimklType, simkl: number, listed?: readonly CatalogueEpisode[] | null) {
    const seasons = type === 'movie' ? null : await library.episodes(type, simkl);
    const view: EpisodesView = seasons ? { known: true, seasons } : { known: false, seasons: {} };
    // Without the list (Simkl unreachable) the answer still carries the user's own state.
    if (listed) view.catalogue = catalogueView(listed, now());
    return view;
  }

  return {
    async episodes({ type, simkl, catalogue: wanted }) {
      if (!wanted || type === 'movie') return episodesView(type, simkl, null);
      try {
        return await episodesView(type, simkl, await catalogue.episodes(type, simkl));
      } catch (error) {
        // The user's own state still shows; the popup says why Simkl's list is missing.
        return { ...(await episodesView(type, simkl, null)), catalogueFailed: toErrorData(error) };
      }
    },
    async episodeAction(request) {
      if (!(await isSignedIn())) throw new SimklError('signed-out');
      const state = await readItemState(sources, request.media);
      const { item } = state;
      if (!item) throw new SimklError('not-found');
      if (item.type === 'movie') throw new SimklError('bad-request', 'a movie');
      const type = item.type;
      let listed: readonly CatalogueEpisode[] | null = null;
      const plan = await planEpisodeAction({
        request,
        item,
        seasons: await library.episodes(type, item.ids.simkl),
        now: now(),
        async catalogue() {
          // Simkl unreachable throws its own reason; an empty answer leaves nothing to plan with.
          listed = await catalogue.episodes(type, item.ids.simkl);
          if (!listed) throw new SimklError('not-found', 'no episode list');
          return listed;
        },
      });
      const answer = async (current: ItemState) => ({
        count: plan.count,
        ...(plan.range && { range: plan.range }),
        item: itemView(current),
        episodes: await episodesView(type, item.ids.simkl, listed),
      });
      // A preview, or nothing to do: the state as it is, and no write.
      if (request.preview || !plan.action) return answer(state);
      await outbox.enqueue(state.target, plan.action);
      return answer(await readItemState(sources, request.media));
    },
  };
}
