/** Words for Simkl's vocabulary, shared by the in-page control, the popup and the options page. */

import { type MessageKey, t } from '../i18n';
import type { DetectedMedia, ListStatus, MediaKind, SimklType } from '../media';

export function statusText(status: ListStatus): string {
  return t(`status_${status}` as MessageKey);
}

export function typeText(type: SimklType | MediaKind): string {
  return t(`type_${type}` as MessageKey);
}

/** Simkl writes the next episode as "S02E05" or "E148"; people read "S2E5" and "E148". */
export function shortEpisode(code: string): string {
  const match = /^(?:S(\d+))?E(\d+)$/i.exec(code.trim());
  if (!match) return code;
  const [, season, episode] = match;
  return `${season === undefined ? '' : `S${Number(season)}`}E${Number(episode)}`;
}

/** "S4E13" for an episode page, undefined when the page is not about one episode. */
export function episodeCode(media: DetectedMedia): string | undefined {
  if (media.kind !== 'episode' || media.episode === undefined) return undefined;
  return `${media.season === undefined ? '' : `S${media.season}`}E${media.episode}`;
}
