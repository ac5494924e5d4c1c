/**
 * The scrobble scenarios (docs/architecture.md, A playback), written once for every browser (scrobble-run.ts gives the
 * browser): each plays the fixture player's real <video>, moves time by seeking, and checks what
 * reached the service. Each prints the requests it saw (scrobble-log.ts).
 */
import { expect } from 'vitest';
import { evaluate, goto } from './extension-pages';
import {
  autoplayNextEpisode,
  pauseVideo,
  playBillboard,
  playbackLine,
  playVideo,
  seekTo,
  startWatching,
  videoTime,
  waitForScrobbles,
} from './scrobble';
import { answeredScrobbles, type ScrobbleRecord, scrobbleRecords } from './scrobble-log';
import type { ScrobbleRun } from './scrobble-run';
import { clickPage } from './sites-pages';
import { eventually } from './slice';

const BROWSE_URL = 'https://www.netflix.com/browse';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The player reports progress to the background every 2 s; a stop uses the last report. */
const letTheBackgroundHear = () => pause(3_000);

const steps = (records: ScrobbleRecord[]) =>
  records.map((record) => `${record.path} ${record.episode ?? ''}`);
const landed = (record: ScrobbleRecord) => record.status === 201 || record.status === 409;

const waitForLine = (page: Parameters<typeof playbackLine>[0], ready: RegExp, timeoutMs = 20_000) =>
  eventually(
    () => playbackLine(page),
    (text) => ready.test(text),
    timeoutMs,
  );

export async function pauseResumeThenLeaveAt85(run: ScrobbleRun): Promise<void> {
  const player = await run.newTab();
  await startWatching(run, player);
  expect(await playbackLine(player)).toMatch(
    new RegExp(`^Simkl: Watching now · S1E${run.episode} · \\d+ %$`),
  );
  await pauseVideo(player);
  await waitForScrobbles(run.log, 2);
  await playVideo(player);
  await waitForScrobbles(run.log, 3);
  await seekTo(player, 85);
  await waitForLine(player, /· 8[5-9] %$/);
  await letTheBackgroundHear();
  await goto(player, BROWSE_URL);
  await eventually(run.watched, (episodes) => episodes.includes(run.episode));
  const records = await answeredScrobbles(run.log, run.browser, 'start, pause, resume, leave at 85 %');
  expect(records.map((record) => record.path)).toEqual([
    '/scrobble/start',
    '/scrobble/pause',
    '/scrobble/start',
    '/scrobble/stop',
  ]);
  expect(records.at(-1)?.progress).toBeGreaterThanOrEqual(85);
  expect(run.watched()).toEqual([run.episode]);
}

export async function leaveAt40(run: ScrobbleRun): Promise<void> {
  const player = await run.newTab();
  await startWatching(run, player);
  await seekTo(player, 40);
  await letTheBackgroundHear();
  await goto(player, BROWSE_URL);
  await waitForScrobbles(run.log, 2);
  const records = await answeredScrobbles(run.log, run.browser, 'leave at 40 %');
  expect(records.map((record) => record.path)).toEqual(['/scrobble/start', '/scrobble/stop']);
  expect(records.at(-1)?.progress).toBeLessThan(80);
  expect(run.watched()).toEqual([]);
}

export async function closeTabAt90(run: ScrobbleRun): Promise<void> {
  const player = await run.newTab();
  await startWatching(run, player);
  await seekTo(player, 90);
  await letTheBackgroundHear();
  await (player as { close(): Promise<void> }).close();
  await eventually(run.watched, (episodes) => episodes.includes(run.episode));
  const records = await answeredScrobbles(run.log, run.browser, 'tab closed at 90 %');
  expect(records.map((record) => record.path)).toEqual(['/scrobble/start', '/scrobble/stop']);
  expect(records.at(-1)?.progress).toBeGreaterThanOrEqual(90);
  expect(run.watched()).toEqual([run.episode]);
}

export async function refusedStopsBecomeOneHistoryWrite(run: ScrobbleRun): Promise<void> {
  const { world } = run;
  const player = await run.newTab();
  await startWatching(run, player);
  // Every attempt the transport makes at the stop meets a 503, so the outbox has to take over.
  world.control.injectFault({ method: 'POST', path: '/scrobble/stop', times: 10, action: { status: 503 } });
  await seekTo(player, 95);
  const finishedBy = Date.now() + 5_000;
  await waitForLine(player, new RegExp(`^Simkl: S1E${run.episode} ✓$`));
  await eventually(run.watched, (episodes) => episodes.includes(run.episode), 30_000);
  // The log records the answer's status once it is sent.
  const history = await eventually(
    () => scrobbleRecords(run.log).filter((record) => record.path === '/sync/history'),
    (posts) => posts.every((post) => post.status !== 0),
  );
  await answeredScrobbles(run.log, run.browser, 'played to the end, every stop answered 503');
  const stops = scrobbleRecords(run.log).filter((record) => record.path === '/scrobble/stop');
  expect(stops.length).toBeGreaterThan(0);
  expect(stops.every((stop) => stop.status === 503)).toBe(true);
  expect(history.map((post) => [post.status, post.episode])).toEqual([[201, `S1E${run.episode}`]]);
  // An anime, numbered as Netflix shows it: the history write says TVDB seasons.
  expect(history[0]?.useTvdbAnimeSeasons).toBe(true);
  expect(Date.parse(history[0]?.watchedAt ?? '')).toBeLessThanOrEqual(finishedBy);
  expect(run.watched()).toEqual([run.episode]);
}

export async function billboardSendsNothing(run: ScrobbleRun): Promise<void> {
  await run.setSettings({ trackNetflix: 'on' });
  const browse = await run.newTab();
  await goto(browse, BROWSE_URL);
  await playBillboard(browse);
  await pause(12_000);
  const played = await videoTime(browse);
  await answeredScrobbles(run.log, run.browser, `billboard on /browse (${played.toFixed(1)} s played)`);
  expect(played).toBeGreaterThan(8);
  expect(scrobbleRecords(run.log)).toEqual([]);
}

/**
 * The browse page, then the episode by Netflix's own client-side navigation (no page load): the player
 * (a part of the control's script that comes on a /watch page) starts tracking as on a page opened there.
 */
export async function browseThenWatchStartsTracking(run: ScrobbleRun): Promise<void> {
  await run.setSettings({ trackNetflix: 'on' });
  const page = await run.newTab();
  await goto(page, BROWSE_URL);
  await clickPage(page, 'a[data-spa][href="/watch/81649856"]');
  await eventually(
    () => evaluate(page, () => document.querySelector('[data-uia="player"] video') !== null, null),
    Boolean,
  );
  await playVideo(page);
  const seen = await waitForScrobbles(run.log, 1);
  await answeredScrobbles(run.log, run.browser, 'browse, then the episode by client-side navigation');
  expect(seen[0]?.path).toBe('/scrobble/start');
}

/**
 * Netflix's autoplay: E21 nearly done, the player moves to E22 in place. E21 stops where it was
 * (past 80 %: watched), E22 gets its own start, and its own stop when the user leaves at 85 %.
 */
export async function autoplayScrobblesTheNextEpisode(run: ScrobbleRun): Promise<void> {
  const player = await run.newTab();
  await startWatching(run, player);
  await seekTo(player, 82);
  await waitForLine(player, /· 8\d %$/);
  await letTheBackgroundHear();
  const next = run.episode + 1;
  await autoplayNextEpisode(player, next);
  await waitForLine(player, new RegExp(`^Simkl: Watching now · S1E${next} · \\d+ %$`), 40_000);
  await seekTo(player, 85);
  await waitForLine(player, new RegExp(`S1E${next} · 8[5-9] %$`));
  await letTheBackgroundHear();
  await goto(player, BROWSE_URL);
  await eventually(run.watched, (episodes) => episodes.includes(run.episode + 1));
  const records = await answeredScrobbles(
    run.log,
    run.browser,
    'autoplay from E21 (at 82 %) to E22, leave at 85 %',
  );
  expect(steps(records)).toEqual([
    `/scrobble/start S1E${run.episode}`,
    `/scrobble/stop S1E${run.episode}`,
    `/scrobble/start S1E${next}`,
    `/scrobble/stop S1E${next}`,
  ]);
  expect(records[1]?.progress).toBeGreaterThanOrEqual(82);
  expect(records.every(landed)).toBe(true);
  expect(run.watched()).toEqual([run.episode, run.episode + 1]);
}

/**
 * Offline when the episode ends (Chromium offline; Firefox's connections cut at its proxy): the stop
 * is kept, nothing reaches Simkl; back online it lands once, as `/scrobble/stop` while still valid
 * or as a history write after (outbox/process.ts).
 */
export async function offlineAtTheEndLandsOnceOnline(run: ScrobbleRun): Promise<void> {
  const { setOffline } = run;
  const player = await run.newTab();
  await startWatching(run, player);
  await seekTo(player, 95);
  await setOffline(true);
  try {
    await waitForLine(player, new RegExp(`^Simkl: S1E${run.episode} ✓$`));
    await pause(5_000);
    expect(scrobbleRecords(run.log).map((record) => record.path)).toEqual(['/scrobble/start']);
    expect(run.watched()).toEqual([]);
  } finally {
    await setOffline(false);
  }
  await eventually(run.watched, (episodes) => episodes.includes(run.episode), 90_000);
  await pause(5_000); // a second landing, if there were one, would show by now
  const records = await answeredScrobbles(run.log, run.browser, 'offline when E21 ended, then back online');
  const landings = records.slice(1);
  expect(landings).toHaveLength(1);
  expect(landings[0]?.path).toMatch(/^\/scrobble\/stop$|^\/sync\/history$/);
  expect(landings[0]?.episode).toBe(`S1E${run.episode}`);
  if (landings[0]?.path === '/sync/history') expect(landings[0]?.useTvdbAnimeSeasons).toBe(true);
  expect(landings.every(landed)).toBe(true);
  expect(run.watched()).toEqual([run.episode]);
}
