/**
 * The right match (docs/architecture.md, The right match): "Not this?" searches, the user's choice is kept as
 * an override (resolve/overrides.ts) and the resolver's cached lookup for that id dropped; undo removes both,
 * so the next visit resolves afresh. Every change tells open pages to re-ask (`changed`).
 */
import type { UseStore } from 'idb-keyval';
import type { DetectedMedia } from '../../media';
import type { ItemView, SearchResultView } from '../../messaging';
import { dropAnswer } from '../../resolve/cache';
import {
  findOverride,
  listOverrides,
  overrideKeyOf,
  removeOverride,
  saveOverride,
} from '../../resolve/overrides';
import type { SimklApi } from '../../simkl/api';
import type { MatchHandlers } from '../intents/handler-types';
import { itemOfResult, searchAllTypes } from './match-search';

export interface MatchServices {
  api: Pick<SimklApi, 'searchText'>;
  overrides: UseStore;
  resolveDb: UseStore;
  /** The page's view after a change: the `status` answer. */
  status(media: DetectedMedia): Promise<ItemView>;
  /** The mirror's readers must learn of it: the revision open pages watch, the title index. */
  changed(): Promise<void>;
  /** Opens the extension's match window for the page's media. */
  openSearch(media: DetectedMedia): Promise<boolean>;
  /** A choice was stored: a player that could not tell what plays may have asked for it (scrobble/playback-find.ts). */
  chosen?(media: DetectedMedia, item: SearchResultView): Promise<void>;
}

export function createMatchHandlers(services: MatchServices): MatchHandlers {
  const { api, overrides, resolveDb } = services;

  async function forget(key: string): Promise<void> {
    await Promise.all([removeOverride(overrides, key), dropAnswer(resolveDb, key)]);
    await services.changed();
  }
  const list = () => listOverrides(overrides);

  return {
    matchSearch: ({ query, year }) =>
      searchAllTypes((type) => api.searchText(type, query, { limit: 20 }), year),
    async setMatch({ media, item }) {
      const saved = await saveOverride(overrides, media, itemOfResult(item));
      if (saved) {
        await dropAnswer(resolveDb, saved.key);
        await services.changed();
        await services.chosen?.(media, item);
      }
      return services.status(media);
    },
    async clearMatch({ media }) {
      const key = (await findOverride(overrides, media))?.key ?? overrideKeyOf(media);
      if (key) await forget(key);
      return services.status(media);
    },
    openMatchSearch: async ({ media }) => ({ opened: await services.openSearch(media) }),
    matchOverrides: list,
    async removeMatchOverride({ key }) {
      await forget(key);
      return list();
    },
  };
}
