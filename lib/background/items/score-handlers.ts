import type { UseStore } from 'idb-keyval';
import { idLookups, lookupTarget, simklTypesFor } from '../../resolve';
import type { IdLookup } from '../../resolve/id-queries';
import { fetchScore, type ScoreApi } from '../../score/fetch-score';
import { freshScore, saveScore } from '../../score/score-cache';
import type { ScoreHandlers } from '../intents/handler-types';

export interface ScoreServices {
  api: ScoreApi;
  db: UseStore;
  now?: () => number;
}

/**
 * The popup's "Simkl 8.4 · 12,345 votes": asked only when the popup opens (not a content-script
 * intent), from a day-long cache. A failed request is not cached, so the next opening asks again.
 */
export function createScoreHandlers({ api, db, now = Date.now }: ScoreServices): ScoreHandlers {
  return {
    async score({ media, simkl }) {
      const target = lookupTarget(media);
      const lookup: IdLookup | undefined =
        simkl !== undefined
          ? { cacheKey: `simkl:${simkl}`, query: { simkl }, types: simklTypesFor(target.kind) }
          : idLookups(target)[0];
      if (!lookup) return null;
      const cached = await freshScore(db, lookup.cacheKey, now());
      if (cached) return cached.score;
      const score = await fetchScore(api, lookup);
      await saveScore(db, lookup.cacheKey, score, now());
      return score;
    },
  };
}
