/**
 * The in-process control API (also reachable over HTTP at /_control/<method>): users and tokens,
 * library seeding and snapshots, switches, PIN approval, clients, faults and the request log.
 */
import { DEV_CLIENT_ID, DEV_CLIENT_ID_V1 } from './auth-store';
import { episodesOf } from './catalogue/episodes';
import { findTitle, registerTitles, type Scope, type Title, titleBySimkl } from './catalogue/index';
import { syntheticSeedItem, syntheticTitle } from './catalogue/synthetic';
import { isoSeconds } from './dates';
import { airedEpisodes, markWatched, rate, setStatus, upsert } from './library';
import type { ServiceState } from './state';
import type {
  Fault,
  Kind,
  LibrarySnapshot,
  SeedItem,
  ServiceControl,
  SnapshotEntry,
  SnapshotScrobbleItem,
} from './types';
import { activitiesBody, type EntryState, nextStamp, type UserState } from './users';

const SCOPES: Record<Kind, Scope> = { movie: 'movies', show: 'shows', anime: 'anime' };

function seedTitle(item: SeedItem): Title {
  const ids = item.ids as Record<string, unknown>;
  const scope = item.type ? SCOPES[item.type] : 'any';
  const title = item.type
    ? findTitle(ids, scope)
    : (findTitle(ids, scope, true) ?? findTitle(ids, scope, false));
  if (!title) throw new Error(`seedLibrary: no catalogue title for ${JSON.stringify(item.ids)}`);
  return title;
}

function seed(state: ServiceState, user: UserState, items: SeedItem[]): void {
  const stamp = nextStamp(user, state.now());
  for (const item of items) {
    const title = seedTitle(item);
    const { entry, previous } = upsert(user, title, stamp);
    if (title.kind === 'movie') {
      if (item.status === 'completed') markWatched(entry, [], stamp.iso);
    } else {
      const episodes = episodesOf(title, state.now());
      const wanted = item.watchedEpisodes;
      const picked =
        typeof wanted === 'number'
          ? episodes.slice(0, wanted)
          : Array.isArray(wanted)
            ? episodes.filter((ep) =>
                wanted.some((w) => w.episode === ep.episode && (w.season ?? 1) === ep.season),
              )
            : item.status === 'completed'
              ? airedEpisodes(title, state.now())
              : [];
      markWatched(entry, picked, stamp.iso);
    }
    setStatus(user, title, entry, previous, item.status, stamp);
    if (item.rating !== undefined) rate(user, title, item.rating, stamp.iso, stamp);
  }
}

function snapshotEntry(entry: EntryState): SnapshotEntry {
  const watchedEpisodes = [...entry.watched].map(([key, watchedAt]) => {
    const [season = 0, episode = 0] = key.split(':').map(Number);
    return { season, episode, watchedAt };
  });
  return {
    simkl: entry.simkl,
    type: entry.kind,
    title: titleBySimkl(entry.simkl)?.title ?? '',
    status: entry.status,
    rating: entry.rating,
    ratedAt: entry.ratedAt,
    addedAt: entry.addedAt,
    lastWatchedAt: entry.lastWatchedAt,
    changedAt: entry.changed.iso,
    watchedEpisodes,
    watchedCount: watchedEpisodes.length,
  };
}

function scrobbleItem(item: { simkl: number; season?: number; episode?: number }): SnapshotScrobbleItem {
  const named = { simkl: item.simkl, title: titleBySimkl(item.simkl)?.title ?? '' };
  return item.episode === undefined ? named : { ...named, season: item.season, episode: item.episode };
}

function snapshot(user: UserState, nowMs: number): LibrarySnapshot {
  const entries = [...user.library.values()].map(snapshotEntry);
  const { playing, playbacks } = user.scrobble;
  return {
    movies: entries.filter((e) => e.type === 'movie'),
    shows: entries.filter((e) => e.type === 'show'),
    anime: entries.filter((e) => e.type === 'anime'),
    activities: activitiesBody(user),
    playing:
      playing && playing.expiresMs > nowMs
        ? { ...scrobbleItem(playing), expiresAt: isoSeconds(playing.expiresMs) }
        : null,
    playbacks: [...playbacks.values()]
      .sort((a, b) => b.pausedMs - a.pausedMs || b.id - a.id)
      .map((p) => ({ ...scrobbleItem(p), id: p.id, progress: p.progress, pausedAt: isoSeconds(p.pausedMs) })),
  };
}

export function createControl(state: ServiceState): ServiceControl {
  const clientFor = (mode: 'v1' | 'v2') => (mode === 'v1' ? DEV_CLIENT_ID_V1 : DEV_CLIENT_ID);
  return {
    reset: () => state.reset(),
    createUser(name) {
      const user = state.addUser(name);
      return { id: user.id, token: state.auth.issue(user.id, DEV_CLIENT_ID, 'v2').access_token };
    },
    issueToken(userId, options = {}) {
      const mode = options.mode ?? 'v2';
      return state.auth.issue(state.user(userId).id, clientFor(mode), mode, options.scope);
    },
    revokeToken: (token) => state.auth.revoke(token),
    expireToken: (token) => state.auth.expire(token),
    seedLibrary: (userId, items) => seed(state, state.user(userId), items),
    seedSyntheticLibrary(userId, count, options = {}) {
      const titles = Array.from({ length: Math.max(0, Math.floor(count)) }, (_, index) =>
        syntheticTitle(index, options),
      );
      registerTitles(titles);
      seed(
        state,
        state.user(userId),
        titles.map((title, index) => syntheticSeedItem(title, index, options)),
      );
      const kinds = titles.map((title) => title.kind);
      return {
        movies: kinds.filter((kind) => kind === 'movie').length,
        shows: kinds.filter((kind) => kind === 'show').length,
        anime: kinds.filter((kind) => kind === 'anime').length,
      };
    },
    library: (userId) => snapshot(state.user(userId), state.now()),
    setEmptyLibraryAs(value) {
      state.settings.emptyLibraryAs = value;
    },
    setConsent(value) {
      state.settings.consent = value;
    },
    setRateLimits(enabled) {
      state.settings.rateLimits = enabled;
    },
    setDetailFullByDefault(enabled) {
      state.settings.detailFullByDefault = enabled;
    },
    pinSearchId(key, value, simkl) {
      const pin = `${key}:${String(value).toLowerCase()}`;
      if (simkl === null) delete state.settings.pinnedIds[pin];
      else if (simkl === 0 || titleBySimkl(simkl)) state.settings.pinnedIds[pin] = simkl;
      else throw new Error(`pinSearchId: no catalogue title ${simkl}`);
    },
    setWebUser(userId) {
      state.webUserId = state.user(userId).id;
    },
    approvePin(userCode, userId) {
      const record = state.auth.findPin(userCode);
      if (!record || record.consumed) throw new Error(`approvePin: unknown or used code ${userCode}`);
      record.approvedUserId = state.user(userId ?? state.webUserId).id;
    },
    addClient(client) {
      state.auth.clients.set(client.id, { ...client, redirectUris: [...client.redirectUris] });
    },
    addRedirectUri(clientId, uri) {
      const client = state.auth.clients.get(clientId);
      if (!client) throw new Error(`addRedirectUri: unknown client ${clientId}`);
      if (!client.redirectUris.includes(uri)) client.redirectUris.push(uri);
    },
    injectFault: (fault: Fault) => state.faults.add(fault),
    clearFaults: () => state.faults.clear(),
    requestLog: () => state.log.map((entry) => ({ ...entry })),
    clearLog() {
      state.log = [];
    },
  };
}
