/**
 * The player engine over an adapter (docs/architecture.md, A playback): what it posts on the port for a
 * service's playback, driven second by second under a fake clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import type { PlayerMessage } from '../../../lib/messaging';
import type { PlayerAdapter } from '../../../lib/player/adapter';

const posted: PlayerMessage[] = [];
vi.mock('../../../lib/player/player-port', () => ({
  createPlayerPort: () => ({ post: (message: PlayerMessage) => posted.push(message), close() {} }),
}));

const { runPlayerEngine } = await import('../../../lib/player/engine');

const EPISODE: DetectedMedia = {
  site: 'netflix',
  kind: 'episode',
  ids: { netflix: '81649856' },
  show: { ids: {}, title: 'Frieren' },
  season: 1,
  episode: 5,
};

/** A fake video the test moves: the programme's own clock unless a position is given. */
function fakeVideo() {
  return { currentTime: 0, duration: 1_000, paused: false, seeking: false, ended: false };
}

function setUp(extra: Partial<PlayerAdapter> = {}) {
  const video = fakeVideo();
  const state = { key: 'ep5' as string | null, ad: false, position: null as number | null };
  const adapter: PlayerAdapter = {
    service: 'netflix',
    playingKey: () => state.key,
    video: () => video as unknown as HTMLVideoElement,
    nowPlaying: async (key) => ({ key, media: { ...EPISODE, episode: key === 'ep6' ? 6 : 5 } }),
    isAd: () => state.ad,
    position: () => (state.position === null ? null : { currentTime: state.position, duration: 1_000 }),
    ...extra,
  };
  const controller = new AbortController();
  const statuses: unknown[] = [];
  const unidentified: boolean[] = [];
  runPlayerEngine({
    adapter,
    relayed: () => ({ ...video }),
    enabled: () => true,
    onStatus: (status) => statuses.push(status),
    onUnidentified: (now) => unidentified.push(now),
    signal: controller.signal,
  });
  const run = async (seconds: number) => {
    for (let i = 0; i < seconds; i++) {
      if (!video.paused) video.currentTime += 1;
      if (state.position !== null && !video.paused) state.position += 1;
      await vi.advanceTimersByTimeAsync(1_000);
    }
  };
  const sent = () =>
    posted
      .filter((message) => message.kind !== 'progress')
      .map((message) => `${message.kind} ${message.key} ${Math.round(message.progress)}`);
  return { video, state, run, sent, statuses, unidentified, stop: () => controller.abort() };
}

beforeEach(() => {
  posted.length = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('the player engine', () => {
  it('says a playback it could not identify, sends nothing for it, and stops saying so once it is told', async () => {
    let told = false;
    const p = setUp({
      nowPlaying: async (key) => (told ? { key, media: EPISODE } : null),
    });
    await p.run(5);
    expect(p.unidentified.at(-1)).toBe(true);
    expect(p.statuses.at(-1)).toBeNull();
    expect(posted).toEqual([]);
    told = true;
    await p.run(15);
    expect(p.unidentified.at(-1)).toBe(false);
    expect(p.sent()).toEqual([expect.stringMatching(/^start ep5 /)]);
  });

  it('never says "could not tell" while an ad plays', async () => {
    const p = setUp({ nowPlaying: async () => null });
    p.state.ad = true;
    await p.run(5);
    expect(p.unidentified).not.toContain(true);
  });

  it('shows a pause within a second, while the scrobble waits for its rule', async () => {
    const p = setUp();
    await p.run(12);
    p.video.paused = true;
    await p.run(1);
    expect(p.statuses.at(-1)).toMatchObject({ phase: 'paused' });
    expect(p.sent()).toEqual([expect.stringMatching(/^start ep5 /)]);
    await p.run(10);
    expect(p.sent()).toEqual([expect.stringMatching(/^start ep5 /), expect.stringMatching(/^pause ep5 /)]);
    p.stop();
  });

  it('posts the service, the key and the media the adapter named', async () => {
    const p = setUp();
    await p.run(7);
    expect(posted.find((message) => message.kind === 'start')).toEqual({
      kind: 'start',
      service: 'netflix',
      key: 'ep5',
      media: EPISODE,
      progress: expect.any(Number),
    });
    p.stop();
  });

  it('sends nothing while an ad plays, and its time is not the programme’s', async () => {
    const p = setUp();
    p.state.ad = true;
    await p.run(30);
    expect(p.sent()).toEqual([]);
    p.state.ad = false;
    await p.run(6);
    expect(p.sent()).toEqual(['start ep5 4']);
    p.stop();
  });

  it('takes the programme’s position from the adapter where the video’s own time is not it', async () => {
    const p = setUp();
    p.video.currentTime = 3; // buffer-relative
    p.state.position = 400;
    await p.run(7);
    expect(p.sent()).toEqual(['start ep5 41']);
    p.stop();
  });

  it('on a new key stops the old playback and starts the new one after its own start rule', async () => {
    const p = setUp();
    await p.run(7);
    p.video.currentTime = 850;
    await p.run(1);
    p.state.key = 'ep6';
    await p.run(1);
    expect(p.sent()).toEqual(['start ep5 1', 'stop ep5 85']);
    p.video.currentTime = 0;
    await p.run(12);
    expect(p.sent()).toEqual(['start ep5 1', 'stop ep5 85', 'start ep6 1']);
    expect(posted.find((message) => message.key === 'ep6')?.media.episode).toBe(6);
    p.stop();
  });

  it('uses the relayed frame’s video when the page itself has none', async () => {
    const p = setUp({ video: () => null });
    await p.run(7);
    expect(p.sent()).toEqual(['start ep5 1']);
    p.stop();
  });

  it('counts nothing for a playback the adapter could not identify', async () => {
    const p = setUp({ nowPlaying: async () => null });
    await p.run(20);
    expect(posted).toEqual([]);
    p.stop();
  });
});
