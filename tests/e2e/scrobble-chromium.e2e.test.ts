/**
 * Netflix scrobbling in Chromium (issue 9 §3): the fixture player with a real <video>, time moved by
 * seeking. Each scenario gets its own world, since the service refuses a second stop of the same
 * episode within the hour. The scrobble requests each one made are printed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type FaultRun, startFaultRun } from './scenarios/faults-run';
import {
  describeScrobbles,
  EPISODE,
  pauseVideo,
  playBillboard,
  playbackLine,
  playVideo,
  seekTo,
  startWatching,
  waitForScrobbles,
  watchedEpisodes,
} from './scenarios/scrobble';
import { eventually } from './scenarios/slice';

let run: FaultRun | undefined;

afterEach(async () => {
  await run?.close();
  run = undefined;
});

const paths = (run: FaultRun) => describeScrobbles(run.world).map((line) => line.split(' ')[1]);
/** The progress the last scrobble request carried. */
const lastProgress = (run: FaultRun) => Number(describeScrobbles(run.world).at(-1)?.split(' ')[3]);

describe('Netflix scrobbling in Chromium', () => {
  it('start, pause, resume, then leaving at 85 % marks the episode watched', async () => {
    run = await startFaultRun();
    const { world, chrome } = run;
    const player = await chrome.context.newPage();
    await startWatching(world, player);
    expect(await playbackLine(player)).toMatch(/^Simkl: Watching now · S1E21 · \d+ %$/);

    await pauseVideo(player);
    await waitForScrobbles(world, 2);
    await playVideo(player);
    await waitForScrobbles(world, 3);
    await seekTo(player, 85);
    await eventually(
      () => playbackLine(player),
      (text) => /· 8[5-9] %$/.test(text),
    );
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // the background hears the progress
    await player.goto('https://www.netflix.com/browse');
    await eventually(
      () => watchedEpisodes(world),
      (episodes) => episodes.includes(EPISODE),
    );
    console.log(`85 % then leaving: ${describeScrobbles(world).join(', ')}`);
    expect(paths(run)).toEqual(['/scrobble/start', '/scrobble/pause', '/scrobble/start', '/scrobble/stop']);
    expect(lastProgress(run)).toBeGreaterThanOrEqual(85);
    expect(watchedEpisodes(world)).toEqual([EPISODE]);
  }, 120_000);

  it('a stop at 40 % marks nothing', async () => {
    run = await startFaultRun();
    const { world, chrome } = run;
    const player = await chrome.context.newPage();
    await startWatching(world, player);
    await seekTo(player, 40);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await player.goto('https://www.netflix.com/browse');
    await waitForScrobbles(world, 2);
    console.log(`40 % then leaving: ${describeScrobbles(world).join(', ')}`);
    expect(paths(run)).toEqual(['/scrobble/start', '/scrobble/stop']);
    expect(lastProgress(run)).toBeLessThan(80);
    expect(watchedEpisodes(world)).toEqual([]);
  }, 120_000);

  it('a tab closed at 90 % still lands', async () => {
    run = await startFaultRun();
    const { world, chrome } = run;
    const player = await chrome.context.newPage();
    await startWatching(world, player);
    await seekTo(player, 90);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await player.close();
    await eventually(
      () => watchedEpisodes(world),
      (episodes) => episodes.includes(EPISODE),
    );
    console.log(`tab closed at 90 %: ${describeScrobbles(world).join(', ')}`);
    expect(paths(run)).toEqual(['/scrobble/start', '/scrobble/stop']);
    expect(lastProgress(run)).toBeGreaterThanOrEqual(90);
    expect(watchedEpisodes(world)).toEqual([EPISODE]);
  }, 120_000);

  it('plays to the end while Simkl fails the stop: ✓ at once, then one history write at the finish time', async () => {
    run = await startFaultRun();
    const { world, chrome } = run;
    const player = await chrome.context.newPage();
    await startWatching(world, player);
    // Every attempt the transport makes at the stop meets a 503, so the outbox has to take over.
    world.control.injectFault({ method: 'POST', path: '/scrobble/stop', times: 10, action: { status: 503 } });
    await seekTo(player, 95);
    const finishedBy = Date.now() + 5_000;
    await eventually(
      () => playbackLine(player),
      (text) => text === 'Simkl: S1E21 ✓',
    );
    expect(await playbackLine(player)).toBe('Simkl: S1E21 ✓');
    await eventually(
      () => watchedEpisodes(world),
      (episodes) => episodes.includes(EPISODE),
      20_000,
    );
    const historyPosts = () =>
      world.control.requestLog().filter((entry) => entry.method === 'POST' && entry.path === '/sync/history');
    // The log records the answer's status once it is sent.
    const history = await eventually(historyPosts, (posts) => posts.every((entry) => entry.status !== 0));
    console.log(
      `played to the end, every stop answered 503: ${describeScrobbles(world).join(', ')}; then ${history
        .map((entry) => `POST /sync/history ${entry.status}`)
        .join(', ')}`,
    );
    const stops = describeScrobbles(world).filter((line) => line.includes('/scrobble/stop'));
    expect(stops.length).toBeGreaterThan(0);
    expect(stops.every((line) => line.startsWith('POST /scrobble/stop 503'))).toBe(true);
    expect(history.map((entry) => entry.status)).toEqual([201]);
    const watchedAt = JSON.stringify(history[0]?.body).match(/"watched_at":"([^"]+)"/)?.[1];
    expect(Date.parse(watchedAt ?? '')).toBeLessThanOrEqual(finishedBy);
    expect(watchedEpisodes(world)).toEqual([EPISODE]);
  }, 120_000);

  it('a billboard preview on the browse page sends nothing, even with tracking on', async () => {
    run = await startFaultRun();
    const { world, chrome, page } = run;
    await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }
      ).chrome.storage.local.set({ settings: { trackNetflix: 'on' } }),
    );
    const browse = await chrome.context.newPage();
    await browse.goto('https://www.netflix.com/browse');
    await playBillboard(browse);
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    const playing = await browse.evaluate(
      () => (document.querySelector('video') as HTMLVideoElement).currentTime,
    );
    console.log(
      `billboard (${playing.toFixed(1)} s played): ${describeScrobbles(world).length} scrobble requests`,
    );
    expect(playing).toBeGreaterThan(8);
    expect(describeScrobbles(world)).toEqual([]);
  }, 120_000);
});
