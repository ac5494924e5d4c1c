import { SimklError } from '../errors';
import type { Library } from '../library/types';
import type { EpisodeHandlers } from './handler-types';

/**
 * A title's watched episodes for an episode or season page and the popup: from the mirror alone,
 * never a request to Simkl (the sync keeps them current). A movie has none to answer.
 */
export function createEpisodeHandlers({ library }: { library: Pick<Library, 'episodes'> }): EpisodeHandlers {
  return {
    async episodes({ type, simkl }) {
      const seasons = type === 'movie' ? null : await library.episodes(type, simkl);
      return seasons ? { known: true, seasons } : { known: false, seasons: {} };
    },
    // TEMPORARY (issue 11, in progress on branch s3/eps-bg): replaced by the outbox-backed actions.
    async episodeAction() {
      throw new SimklError('bad-request', 'Episode actions are not available yet.');
    },
  };
}
