import type { Calendar } from '../../calendar';
import { SimklError } from '../../errors';
import type { Library } from '../../library/types';
import { type DetectedMedia, isNumberedEpisode, MOVIE_STATUSES } from '../../media';
import type { ItemView } from '../../messaging';
import type { Outbox, WriteAction } from '../../outbox/types';
import { type ItemState, readItemState } from '../../read-model/item-state';
import { itemView, projectEntry } from '../../read-model/item-view';
import type { Resolver } from '../../resolve/resolver';
import { type NextSync, withNextSync } from '../account/sync-view';
import { withNextAiring } from '../episodes/next-airing';
import type { ItemHandlers } from '../intents/handler-types';
import { watchedAction } from './watched-action';

export interface ItemServices {
  library: Library;
  resolver: Resolver;
  outbox: Outbox;
  isSignedIn(): boolean | Promise<boolean>;
  /** Why the session ended when the user did not sign out (a revoked token), to show on the page. */
  signedOutReason?(): Promise<string | undefined>;
  /** Air dates for the popup's "next episode"; without it views carry none. */
  calendar?: Pick<Calendar, 'nextEpisode'>;
  /** When the background syncs next by itself, for a failed sync's words. */
  nextSync?: NextSync;
}

function signedOutView(media: DetectedMedia): ItemView {
  const isEpisode = media.kind === 'episode';
  return {
    signedIn: false,
    known: false,
    title: isEpisode ? (media.show?.title ?? media.title) : media.title,
    year: isEpisode ? undefined : media.year,
    status: null,
    rating: null,
    pendingWrites: 0,
  };
}

export function createItemHandlers({
  library,
  resolver,
  outbox,
  isSignedIn,
  signedOutReason,
  calendar,
  nextSync,
}: ItemServices): ItemHandlers {
  const sources = { library, resolver, writesFor: outbox.writesFor };
  const stateOf = (media: DetectedMedia) => readItemState(sources, media);

  async function requireSignedIn(): Promise<void> {
    if (!(await isSignedIn())) throw new SimklError('signed-out');
  }

  async function write(
    media: DetectedMedia,
    actionFor: (state: ItemState) => WriteAction,
  ): Promise<ItemView> {
    await requireSignedIn();
    const state = await stateOf(media);
    await outbox.enqueue(state.target, actionFor(state));
    return itemView(await stateOf(media));
  }

  return {
    async status({ media }, context) {
      if (!(await isSignedIn())) {
        const reason = await signedOutReason?.();
        return reason ? { ...signedOutView(media), signedOutReason: reason } : signedOutView(media);
      }
      const view = itemView(await stateOf(media));
      // Only the popup: a page visit for a listed title stays free of any request
      // (docs/architecture.md, A page visit).
      return calendar && context.from === 'page' ? withNextAiring(view, calendar) : view;
    },
    setStatus: ({ media, status }) =>
      write(media, ({ item }) => {
        if (item?.type === 'movie' && !MOVIE_STATUSES.includes(status)) {
          throw new SimklError('bad-request', 'not a movie status');
        }
        return { kind: 'status', status };
      }),
    markWatched: ({ media, scope }) =>
      write(media, ({ item, truth, writes, target }) =>
        watchedAction(media, scope, projectEntry(truth, item, writes, target), item?.type ?? target.type),
      ),
    rate: ({ media, rating }) =>
      write(media, () => (rating === null ? { kind: 'unrate' } : { kind: 'rate', rating })),
    removeFromList: ({ media }) => write(media, () => ({ kind: 'remove' })),
    checkin: ({ media }) =>
      write(media, () =>
        // A recap (12.5) checks in its show: it is no episode of Simkl's.
        media.kind === 'episode' && isNumberedEpisode(media.episode)
          ? { kind: 'checkin', season: media.season, episode: media.episode }
          : { kind: 'checkin' },
      ),
    pending: () => outbox.pending(),
    async retryWrite({ id }) {
      await outbox.retry(id);
      return outbox.pending();
    },
    async discardWrite({ id }) {
      await outbox.discard(id);
      return outbox.pending();
    },
    async discardWaiting(request) {
      await ('user' in request ? outbox.discardWaiting(request.user) : outbox.discardUnclaimed());
      return outbox.pending();
    },
    async syncNow() {
      await requireSignedIn();
      void outbox.flush();
      // The outcome, error included, is in the sync state; the answer carries it as data.
      // Asked for now: a run that started earlier (before the writes just flushed) does not count.
      await library.sync({ fresh: true }).catch(() => undefined);
      return withNextSync(await library.syncState(), nextSync);
    },
  };
}
