import { beforeEach, describe, expect, it } from 'vitest';
import { validatePlayerMessage } from '../../../lib/background/intents/validate-scrobble';
import { netflixTabOf, playerTabOf } from '../../../lib/background/scrobble/scrobble-port';
import { createScrobbler, LIVE_STOP_MS } from '../../../lib/background/scrobble/scrobbler';
import { SimklError } from '../../../lib/errors';
import type { DetectedMedia } from '../../../lib/media';
import type { PlayerMessage } from '../../../lib/messaging';
import { freshIndexedDb, GOT } from '../library/fixtures';
import { createHarness, type Harness } from '../outbox/harness';
import { GOT_EPISODE as EPISODE } from './scrobbler-under-test';

const NEXT: DetectedMedia = { ...EPISODE, ids: { netflix: '70216941' }, episode: 4 };

let h: Harness;
let signedIn: boolean;

function scrobbler() {
  return createScrobbler({
    api: h.simkl.api,
    resolver: h.resolver,
    outbox: h.outbox,
    isSignedIn: async () => signedIn,
    clock: h.clock,
  });
}

const say = (kind: PlayerMessage['kind'], progress: number, media = EPISODE): PlayerMessage => ({
  kind,
  media,
  progress,
});

function scrobbles(): string[] {
  return h.simkl.callsOf('scrobble').map((call) => {
    const [kind, target] = call.args as [
      string,
      { ids: { simkl?: number }; episode?: number; progress: number },
    ];
    return `${kind} ${target.ids.simkl ?? '?'} E${target.episode} ${Math.round(target.progress)}`;
  });
}

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
  signedIn = true;
});

describe('the background scrobbler', () => {
  it('sends start and pause at once with the Simkl id, and stores a stop past 80 % first', async () => {
    const s = scrobbler();
    await s.message(1, say('start', 2));
    await s.message(1, say('pause', 40));
    expect(scrobbles()).toEqual([`start ${GOT.ids.simkl} E3 2`, `pause ${GOT.ids.simkl} E3 40`]);
    await s.message(1, say('stop', 85));
    // Stored, not yet sent (the harness's outbox does not flush by itself).
    expect((await h.outbox.pending()).writes.map((write) => write.label)).toEqual([
      'Game of Thrones (2011): watched S01E03',
    ]);
    await h.outbox.flush();
    expect(scrobbles().at(-1)).toBe(`stop ${GOT.ids.simkl} E3 85`);
    expect(h.simkl.callsOf('addToHistory')).toEqual([]);
    expect((await h.outbox.pending()).pending).toBe(0);
  });

  it('lands a stop that could not be sent as a history write at the moment it finished', async () => {
    const s = scrobbler();
    await s.message(1, say('start', 2));
    const finishedAt = new Date(h.clock.now()).toISOString();
    await s.message(1, say('stop', 92));
    h.simkl.fail('scrobble', new SimklError('server', 'down', { status: 503 }));
    await h.outbox.flush();
    h.clock.advance(LIVE_STOP_MS * 5);
    await h.outbox.flush();
    const history = h.simkl.callsOf('addToHistory');
    expect(history).toHaveLength(1);
    expect(history[0]?.args[0]).toEqual([
      expect.objectContaining({
        watchedAt: finishedAt,
        seasons: [{ number: 1, episodes: [{ number: 3 }] }],
      }),
    ]);
    expect(scrobbles().filter((line) => line.startsWith('stop'))).toHaveLength(1);
  });

  it("counts Simkl's 409 (already scrobbled within the hour) as landed", async () => {
    const s = scrobbler();
    await s.message(1, say('start', 2));
    await s.message(1, say('stop', 90));
    h.simkl.fail('scrobble', new SimklError('bad-request', 'already_watched', { status: 409 }));
    await h.outbox.flush();
    expect((await h.outbox.pending()).pending).toBe(0);
    expect(h.simkl.callsOf('addToHistory')).toEqual([]);
  });

  it('never replays a failed start, and a stop under 80 % stores nothing', async () => {
    const s = scrobbler();
    h.simkl.fail('scrobble', new SimklError('offline', 'Failed to fetch'));
    await s.message(1, say('start', 2));
    await s.message(1, say('stop', 40));
    await h.outbox.flush();
    expect(scrobbles()).toEqual([`start ${GOT.ids.simkl} E3 2`, `stop ${GOT.ids.simkl} E3 40`]);
    expect((await h.outbox.pending()).pending).toBe(0);
  });

  it('stops a closed tab where it was, and the previous episode when the next one reports', async () => {
    const s = scrobbler();
    await s.message(1, say('start', 1));
    await s.message(1, say('progress', 90));
    await s.message(2, say('progress', 30, NEXT));
    expect(s.tracking().map((view) => [view.tabId, view.progress])).toEqual([
      [1, 90],
      [2, 30],
    ]);
    await s.disconnected(1);
    await s.message(2, say('start', 2, { ...NEXT, ids: { netflix: '70216942' }, episode: 5 }));
    expect((await h.outbox.pending()).writes.map((write) => write.label)).toEqual([
      'Game of Thrones (2011): watched S01E03',
    ]);
    expect(scrobbles()).toEqual([
      `start ${GOT.ids.simkl} E3 1`,
      `stop ${GOT.ids.simkl} E4 30`,
      `start ${GOT.ids.simkl} E5 2`,
    ]);
  });

  it("Don't track this ends the playback as a pause and ignores the rest", async () => {
    const s = scrobbler();
    await s.message(1, say('start', 1));
    await s.message(1, say('progress', 95));
    await s.ignore(1);
    expect(s.tracking()).toEqual([]);
    expect(await s.message(1, say('stop', 99))).toBe(true);
    await s.disconnected(1);
    expect(scrobbles()).toEqual([`start ${GOT.ids.simkl} E3 1`, `pause ${GOT.ids.simkl} E3 95`]);
    expect((await h.outbox.pending()).pending).toBe(0);
  });

  it('sends nothing while signed out', async () => {
    signedIn = false;
    const s = scrobbler();
    await s.message(1, say('start', 1));
    await s.message(1, say('stop', 95));
    await s.disconnected(1);
    expect(scrobbles()).toEqual([]);
    expect((await h.outbox.pending()).pending).toBe(0);
  });
});

describe('player messages', () => {
  it('accept only identified Netflix titles with a progress in range', () => {
    expect(validatePlayerMessage(say('start', 5))).toEqual(say('start', 5));
    expect(() => validatePlayerMessage({ ...say('start', 5), progress: 101 })).toThrow();
    expect(() => validatePlayerMessage({ ...say('start', 5), kind: 'checkin' })).toThrow();
    expect(() =>
      validatePlayerMessage(say('start', 5, { site: 'imdb', kind: 'movie', ids: { imdb: 'tt0133093' } })),
    ).toThrow();
  });
});

describe('who may open a player port', () => {
  const rules = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext' };
  it('only our content script in a Netflix tab', () => {
    const tab = { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
    const from = (url: string, id = 'ext') => ({ id, url, tab });
    expect(netflixTabOf(from('https://www.netflix.com/watch/81649856'), rules)).toBe(4);
    expect(netflixTabOf(from('https://www.imdb.com/title/tt0133093/'), rules)).toBeNull();
    expect(netflixTabOf(from('https://www.netflix.com/watch/1', 'other'), rules)).toBeNull();
    expect(netflixTabOf(from('chrome-extension://ext/popup.html'), rules)).toBeNull();
    expect(netflixTabOf(undefined, rules)).toBeNull();
  });

  it("only a tab of a player service's hosts, over https, not a page of no service nor one not in a tab", () => {
    const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
    expect(playerTabOf({ id: 'ext', url: 'https://www.crunchyroll.com/watch/G1', tab }, rules)).toEqual({
      tabId: 7,
      host: 'www.crunchyroll.com',
    });
    expect(playerTabOf({ id: 'ext', url: 'https://www.disneyplus.com/play/1', tab }, rules)).toEqual({
      tabId: 7,
      host: 'www.disneyplus.com',
    });
    expect(playerTabOf({ id: 'ext', url: 'https://www.example.com/play/1', tab }, rules)).toBeNull();
    expect(playerTabOf({ id: 'ext', url: 'http://www.netflix.com/watch/1', tab }, rules)).toBeNull();
    expect(playerTabOf({ id: 'ext', url: 'https://www.netflix.com/watch/1' }, rules)).toBeNull();
  });
});
