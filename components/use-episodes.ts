import { useState } from 'preact/hooks';
import type { ErrorData } from '../lib/errors';
import type { DetectedMedia, SimklType } from '../lib/media';
import { type EpisodeActionKind, type EpisodesView, sendIntent } from '../lib/messaging';
import { keepCatalogue } from '../lib/words/episode-label';
import { useIntent } from './use-intent';

export interface EpisodesModel {
  episodes?: EpisodesView;
  loading: boolean;
  /** An action is on its way: the controls wait for its answer. */
  busy: boolean;
  error?: ErrorData;
  act(action: EpisodeActionKind, season: number, episode?: number): Promise<void>;
}

/**
 * A show's watched episodes with Simkl's episode list (`catalogue`), and the episode and season
 * actions; the list follows each action's answer at once, before Simkl confirms the write.
 */
export function useEpisodes(
  media: DetectedMedia,
  item: { type: SimklType; simkl: number },
  revision: number,
): EpisodesModel {
  const [state, setEpisodes] = useIntent('episodes', { ...item, catalogue: true }, revision);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<ErrorData>();
  async function act(action: EpisodeActionKind, season: number, episode?: number) {
    setBusy(true);
    setActionError(undefined);
    const request = episode === undefined ? { media, action, season } : { media, action, season, episode };
    const answer = await sendIntent('episodeAction', request);
    setBusy(false);
    if (answer.ok) setEpisodes(keepCatalogue(answer.value.episodes, state.value));
    else setActionError(answer.error);
  }
  return { episodes: state.value, loading: state.loading, busy, error: actionError ?? state.error, act };
}
