/**
 * "Simkl could not tell what is playing" with a search (docs/architecture.md, A playback): the player asks,
 * the background opens the match window (the same search as Not this?) for a stand-in of that playback,
 * named by the page's own title, and once the user chose, tells that tab's player what it plays. The choice
 * is an override like Not this?'s, so the scrobbler's requests name the chosen title from then on.
 */
import type { UseStore } from 'idb-keyval';
import type { DetectedMedia } from '../../media';
import type { ChosenNotice, PlayerFind, SearchResultView } from '../../messaging';
import { overrideKeyOf, saveOverride } from '../../resolve/overrides';
import { itemOfResult } from '../match/match-search';

/** The stand-in the window searches for: the page's words, as a film until the user says otherwise. */
export function standInOf({ service, key, hint }: PlayerFind): DetectedMedia {
  return { site: service, kind: 'movie', ids: {}, title: hint.trim() || key };
}

export function createPlaybackFinds(open: (media: DetectedMedia) => Promise<unknown>, overrides: UseStore) {
  // By the stand-in's override key: the match window's choice names the stand-in, nothing else.
  const waiting = new Map<string, { key: string; tell(notice: ChosenNotice): void }>();
  return {
    async find(request: PlayerFind, tell: (notice: ChosenNotice) => void): Promise<void> {
      const standIn = standInOf(request);
      const waitKey = overrideKeyOf(standIn);
      if (!waitKey) return;
      waiting.set(waitKey, { key: request.key, tell });
      await open(standIn);
    },
    /** The match window stored a choice (match-handlers.ts): for a stand-in, its player learns what plays. */
    async chosen(media: DetectedMedia, result: SearchResultView): Promise<void> {
      const waitKey = overrideKeyOf(media);
      const asked = waitKey && waiting.get(waitKey);
      if (!waitKey || !asked) return;
      waiting.delete(waitKey);
      // Named by the chosen title from now on (the line's words too), and that name's key holds the choice,
      // so the scrobbler resolves it to exactly the item chosen.
      const { title, year } = result;
      const kind = result.type === 'movie' ? 'movie' : 'show';
      const played: DetectedMedia = { site: media.site, kind, ids: {}, title, ...(year ? { year } : {}) };
      await saveOverride(overrides, played, itemOfResult(result));
      try {
        asked.tell({ chosen: { key: asked.key, media: played } });
      } catch {
        // The player's page is gone: the choice is kept as an override all the same.
      }
    },
  };
}

export type PlaybackFinds = ReturnType<typeof createPlaybackFinds>;
