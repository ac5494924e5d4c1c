/**
 * What a new-episode alert says: one show, "Severance: S2E5 is out"; several shows at once, one
 * grouped alert, "3 new episodes: Severance, Frieren, The Bear" (docs/architecture.md, Alerts).
 */
import type { NewEpisode } from '../alerts/new-episodes';
import { t } from '../i18n';
import { ALERT_ID_PREFIX } from './alert-id';

export interface AlertNote {
  /** The notification's id: it says what a click or the Mark watched button is about. */
  id: string;
  title: string;
  message: string;
  /** One episode alone: the notification offers Mark watched where the browser has buttons. */
  episode?: NewEpisode;
  /** The show a click opens when no popup can be opened (the first one, for a grouped alert). */
  show: Pick<NewEpisode, 'simkl' | 'type'>;
}

function code(episode: NewEpisode): string {
  return `${episode.season === undefined ? '' : `S${episode.season}`}E${episode.episode}`;
}

function episodeText(episode: NewEpisode): string {
  if (!episode.wholeSeason) return t('alertEpisodeOut', [episode.title, code(episode)]);
  return episode.season === undefined
    ? t('alertWholeSeasonOut', episode.title)
    : t('alertSeasonOut', [episode.title, episode.season]);
}

function byShow(episodes: readonly NewEpisode[]): NewEpisode[][] {
  const shows = new Map<number, NewEpisode[]>();
  for (const episode of episodes) shows.set(episode.simkl, [...(shows.get(episode.simkl) ?? []), episode]);
  return [...shows.values()];
}

/** One note per show, or a single grouped note when several shows arrive together. */
export function alertNotes(episodes: readonly NewEpisode[]): AlertNote[] {
  const shows = byShow(episodes);
  const first = shows[0]?.[0];
  if (!first) return [];
  if (shows.length > 1) {
    const titles = shows.map((show) => show[0]?.title ?? '').join(', ');
    return [
      {
        id: `${ALERT_ID_PREFIX}group:${episodes.map((episode) => episode.key).join(',')}`,
        title: t('alertTitle'),
        message: t('alertGroup', [episodes.length, titles]),
        show: first,
      },
    ];
  }
  const message =
    episodes.length === 1
      ? episodeText(first)
      : t('alertEpisodesOut', [first.title, episodes.map(code).join(', ')]);
  const note: AlertNote = {
    id: `${ALERT_ID_PREFIX}${episodes.map((episode) => episode.key).join(',')}`,
    title: t('alertTitle'),
    message,
    show: first,
  };
  if (episodes.length === 1 && !first.wholeSeason) note.episode = first;
  return [note];
}
