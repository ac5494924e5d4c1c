import { browser } from 'wxt/browser';
import { createSimkl } from '../account/create-simkl';
import type { SignInFlows } from '../account/sign-in-flows';
import { createLedgerStore } from '../alerts/ledger-store';
import { createImageCache } from '../images';
import { createLibrary, openLibraryDb } from '../library';
import { systemClock } from '../library/types';
import { OPTIONS_IMPORT_ANCHOR } from '../messaging';
import { createOutbox, openOutboxDb } from '../outbox';
import { cachedHits, cachedSimklIds, createResolver, openResolveDb, resolveCache } from '../resolve';
import { listOverrides, openOverridesDb } from '../resolve/overrides';
import { openScoreDb, scoreCache } from '../score/score-cache';
import { storedServers } from '../site-access/self-hosted-servers';
import { getSettings } from '../store/settings';
import { createTitleIndexWriter, keepTitleIndex } from '../title-index/writer';
import { createAccountHandlers } from './account/account-handlers';
import { createDataHandlers } from './account/data-handlers';
import { onUserChange, signedInSession, signedInUser } from './account/signed-in-user';
import { nextSyncAt } from './alarms';
import { listenToAlertClicks } from './alerts/alert-clicks';
import { lazyAlerts } from './alerts/lazy-alerts';
import { browserNotifier } from './alerts/notifier';
import { releaseAlertsAt } from './alerts/start-alerts';
import { createBadge } from './calendar/badge-job';
import { createCalendarHandlers } from './calendar/calendar-handlers';
import { lazyCalendar } from './calendar/lazy-calendar';
import { createMenuConfirmHandlers } from './context-menu/menu-confirm-handlers';
import { createPendingMenuActions } from './context-menu/pending-menu-actions';
import { createEpisodeCatalogue, openCatalogueDb } from './episodes/episode-catalogue';
import type { EpisodesPart } from './episodes/episodes-part';
import { createImportHandlers } from './import/import-handlers';
import { lazyImports } from './import/lazy-imports';
import { EPISODE_INTENTS, MATCH_INTENTS } from './intents/handler-types';
import { createRouter } from './intents/router';
import { createItemHandlers } from './items/item-handlers';
import { createListHandlers } from './items/list-handlers';
import { createScoreHandlers } from './items/score-handlers';
import type { MatchPart } from './match/match-part';
import { openMatchWindow } from './match/match-window';
import { createPagePartHandlers } from './page-parts/page-part-handlers';
import { lazyMethods, type PartLoader } from './parts/part-loader';
import { connectRevisions, createRevisions } from './revisions';
import { acceptFrameSamples } from './scrobble/frame-relay';
import { createPlaybackFinds } from './scrobble/playback-find';
import { createFinishedRating } from './scrobble/rate-finished';
import { createScrobbleHandlers } from './scrobble/scrobble-handlers';
import { acceptPlayerPorts } from './scrobble/scrobble-port';
import { createScrobbler } from './scrobble/scrobbler';
import { createServerSenders } from './self-hosted/server-senders';

/**
 * Creates every background service once and connects them. Nothing here talks to Simkl by
 * itself: the entrypoint decides when to sync and flush.
 */
export function createBackgroundServices(loadPart: PartLoader) {
  // The sign-in flows are a part of their own, loaded when the user signs in (parts/).
  const { api, session } = createSimkl({ flows: () => loadPart<SignInFlows>('sign-in') });
  const currentUser = signedInUser(session);
  // The mirror and the queue keep each Simkl user's data apart (no accounts mixed); the resolver's
  // answers (which title an id names) are the same for everyone.
  const library = createLibrary({ api, db: openLibraryDb(), currentUser });
  const resolveDb = openResolveDb();
  // The user's corrected matches beat the mirror's id match and the cached lookups
  // (docs/architecture.md, The right match).
  const overridesDb = openOverridesDb();
  // "Simkl could not tell what is playing": its search opens the match window for the player's stand-in.
  const playbackFinds = createPlaybackFinds(openMatchWindow, overridesDb);
  // A lookup that found an item teaches the title index that page id (title-index/looked-up.ts).
  const lookupHits: Array<() => void> = [];
  const resolver = createResolver({
    api,
    library,
    db: resolveDb,
    overrides: overridesDb,
    onHit: () => {
      for (const listener of lookupHits) listener();
    },
  });
  const currentSession = signedInSession(session);
  const outbox = createOutbox({ api, db: openOutboxDb(), library, resolver, currentSession });
  // The calendar's files are a part of their own, loaded on their first read (parts/).
  const calendar = lazyCalendar(loadPart);
  const EPISODE_FILES = ['tv', 'anime'] as const;
  const images = createImageCache();
  const revisions = createRevisions();
  const isSignedIn = async () => (await session.account()).signedIn;
  const badge = createBadge({ library, isSignedIn });
  connectRevisions(revisions, [library, outbox]);
  // After every sync, and when the lists change (a show started, a sign-out): today's episodes.
  library.onSynced(() => void badge.refresh());
  library.onChange(() => void badge.refresh());
  // New-episode alerts, after each sync: the calendar refreshed with it, the mirror up to date.
  // Their check is a part of its own, loaded only when the alerts are on (parts/).
  const alerts = lazyAlerts(loadPart, {
    library,
    calendar,
    currentUser,
    ledgers: createLedgerStore(),
    notifier: browserNotifier(),
    releaseAt: releaseAlertsAt,
  });
  library.onSynced(() => void alerts.check());
  // The popup's Up next and Upcoming read the calendar's files from IndexedDB, the worker asleep or
  // not: each sync keeps them fresh (free files, fetched again once their cache is a day old).
  library.onSynced(
    () => void Promise.all(EPISODE_FILES.map((kind) => calendar.entries(kind))).catch(() => {}),
  );
  // The import's code is a part of its own, loaded on its first use (parts/).
  const imports = lazyImports(loadPart, { api, resolver, library, currentUser });
  onUserChange(session, currentUser, () => {
    // Every way in (browser flow, PIN, device code): the user's own lists (a full sync for another
    // user, a delta for the same one back), and their writes and import that waited for a session.
    void library.sync().catch(() => undefined);
    void outbox.resumeSession();
    void imports.resume().catch(() => undefined);
  });
  session.onChange(() => void revisions.bump('account'));
  // What the pages read without waking this worker (title-index/format.ts): kept in step with the
  // mirror and the session, and put right at every start (another version, a missed change).
  const titleIndex = createTitleIndexWriter({
    library,
    currentUser,
    overrides: () => listOverrides(overridesDb),
    lookedUp: () => cachedHits(resolveDb),
  });
  keepTitleIndex(titleIndex, [library, session, { onChange: (listener) => lookupHits.push(listener) }]);

  const scrobbler = createScrobbler({
    api,
    resolver,
    outbox,
    isSignedIn,
    clock: systemClock,
    watchedAtPercent: async () => (await getSettings()).watchedAtPercent,
    rateFinished: createFinishedRating({ resolver, outbox }),
  });
  const scoreDb = openScoreDb();
  // Simkl's episode lists (public, the same for everyone): a day's cache, counted as a cache.
  const catalogue = createEpisodeCatalogue({ api, db: openCatalogueDb() });
  // Simkl's answers kept a while: counted, cleared and pruned together (data-handlers.ts, jobs.ts).
  const caches = { resolve: resolveCache(resolveDb), scores: scoreCache(scoreDb), catalogue };
  const itemHandlers = createItemHandlers({
    library,
    resolver,
    outbox,
    isSignedIn,
    calendar,
    signedOutReason: async () => (await session.account()).signedOutReason,
    nextSync: nextSyncAt,
  });
  // A link menu click's write, waiting for its confirm window (context-menu/).
  const menuActions = createPendingMenuActions();
  const handlers = {
    ...itemHandlers,
    ...createMenuConfirmHandlers({ handlers: itemHandlers, pending: menuActions }),
    ...createPagePartHandlers(),
    ...createListHandlers({ library, cachedSimklIds: (keys) => cachedSimklIds(resolveDb, keys) }),
    // The episodes' and the match's handlers are parts of their own, loaded on their first intent (parts/).
    ...lazyMethods(
      async () =>
        (await loadPart<EpisodesPart>('episodes')).createEpisodeHandlers({
          library,
          catalogue,
          resolver,
          outbox,
          isSignedIn,
        }),
      EPISODE_INTENTS,
    ),
    ...createScoreHandlers({ api, db: scoreDb }),
    ...createAccountHandlers({ session, api, library }),
    ...createCalendarHandlers({ library, calendar, images, isSignedIn }),
    ...createDataHandlers({
      library,
      outbox,
      session,
      calendar,
      images,
      caches,
      overrides: () => listOverrides(overridesDb),
      nextSync: nextSyncAt,
    }),
    ...lazyMethods(
      async () =>
        (await loadPart<MatchPart>('match')).createMatchHandlers({
          api,
          overrides: overridesDb,
          resolveDb,
          status: (media) => itemHandlers.status({ media }, { from: 'page' }),
          changed: async () => {
            await titleIndex.update().catch(() => undefined);
            await revisions.bump('library');
          },
          openSearch: openMatchWindow,
          chosen: (media, item) => playbackFinds.chosen(media, item),
        }),
      MATCH_INTENTS,
    ),
    ...createScrobbleHandlers(scrobbler),
    ...createImportHandlers(imports, () =>
      browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${OPTIONS_IMPORT_ANCHOR}`) }),
    ),
  };
  const senderRules = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
  };
  const router = createRouter(handlers, senderRules);
  const listenToAlertClicksOnce = listenToAlertClicks({
    markWatched: (request) => handlers.episodeAction(request, { from: 'page' }),
  });
  // The user's own servers: a player there speaks only for the service its address was added for.
  const serverServiceAt = createServerSenders(storedServers, (listener) =>
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local') listener(changes);
    }),
  );
  acceptPlayerPorts(scrobbler, senderRules, serverServiceAt, playbackFinds);
  acceptFrameSamples(senderRules.extensionId);
  return {
    api,
    session,
    library,
    resolver,
    outbox,
    calendar,
    images,
    badge,
    router,
    isSignedIn,
    imports,
    titleIndex,
    itemHandlers,
    menuActions,
    caches,
    alerts,
    listenToAlertClicks: listenToAlertClicksOnce,
  };
}

export type BackgroundServices = ReturnType<typeof createBackgroundServices>;
