/**
 * "Simkl could not tell what is playing" with a search (lib/player/engine.ts): the engine asks the background
 * to find the playback it could not name, and once told what the user chose, tracks it as that title.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DetectedMedia } from '../../../lib/media';
import type { PlayerAdapter } from '../../../lib/player/adapter';
import { runPlayerEngine } from '../../../lib/player/engine';

type Listener = (notice: unknown) => void;
let posted: Array<Record<string, unknown>>;
let tellPlayer: Listener;

/** The background's end of the port: what the engine posts is kept, and the test answers through it. */
function backgroundPort(): void {
  const none = () => ({ addListener() {}, removeListener() {}, hasListener: () => false });
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(
    () =>
      ({
        name: 'port',
        postMessage: (message: Record<string, unknown>) => posted.push(message),
        disconnect() {},
        onDisconnect: none(),
        onMessage: {
          addListener(listener: Listener) {
            tellPlayer = listener;
          },
          removeListener() {},
          hasListener: () => true,
        },
      }) as never,
  );
}

const INCEPTION: DetectedMedia = { site: 'max', kind: 'movie', ids: {}, title: 'Inception', year: 2010 };

beforeEach(() => {
  posted = [];
  backgroundPort();
  vi.useFakeTimers();
  document.title = 'Max | Stream';
});
afterEach(() => vi.useRealTimers());

function setUp() {
  const video = { currentTime: 0, duration: 1_000, paused: false, seeking: false, ended: false };
  const adapter: PlayerAdapter = {
    service: 'max',
    playingKey: () => 'unknown-video',
    video: () => video as unknown as HTMLVideoElement,
    nowPlaying: async () => null,
  };
  const controller = new AbortController();
  const unidentified: boolean[] = [];
  const engine = runPlayerEngine({
    adapter,
    enabled: () => true,
    onStatus: () => {},
    onUnidentified: (now) => unidentified.push(now),
    signal: controller.signal,
  });
  const run = async (seconds: number) => {
    for (let i = 0; i < seconds; i++) {
      video.currentTime += 1;
      await vi.advanceTimersByTimeAsync(1_000);
    }
  };
  return { engine, run, unidentified, stop: () => controller.abort() };
}

describe('a playback Simkl could not tell', () => {
  it('asks the background to find it, with the page’s title as the first words', async () => {
    const { engine, run, unidentified, stop } = setUp();
    await run(3);
    expect(unidentified.at(-1)).toBe(true);
    engine.find();
    expect(posted.at(-1)).toEqual({
      kind: 'find',
      service: 'max',
      key: 'unknown-video',
      hint: 'Max | Stream',
    });
    stop();
  });

  it('tracks the title the user chose, and a later "could not tell" does not take it back', async () => {
    const { engine, run, unidentified, stop } = setUp();
    await run(3);
    // The answer comes over the port the player's question opened.
    engine.find();
    tellPlayer({ chosen: { key: 'unknown-video', media: INCEPTION } });
    await run(30);
    expect(unidentified.at(-1)).toBe(false);
    const start = posted.find((message) => message.kind === 'start');
    expect(start).toMatchObject({ service: 'max', key: 'unknown-video', media: INCEPTION });
    stop();
  });

  it('ignores a choice for another key, or naming another service', async () => {
    const { engine, run, unidentified, stop } = setUp();
    await run(3);
    engine.find();
    tellPlayer({ chosen: { key: 'another', media: INCEPTION } });
    tellPlayer({ chosen: { key: 'unknown-video', media: { ...INCEPTION, site: 'hulu' } } });
    await run(30);
    expect(unidentified.at(-1)).toBe(true);
    expect(posted.filter((message) => message.kind === 'start')).toEqual([]);
    stop();
  });
});
