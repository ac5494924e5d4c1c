/**
 * The player's one-time question ("Track what you watch on Netflix? Yes / Not now") and the playback
 * line are seen where the user looks: in the window, over the player's controls at its bottom edge
 * (not drawn off screen below them), and in full screen inside the full-screen element, even when
 * that element does not hold the control's anchor (the page shows nothing else then). Seen means a
 * box inside the viewport whose edges hit the control's host, and a real click on Yes answers.
 */
import { expect } from 'vitest';
import { inControls } from '../harness/closed-roots';
import { type AnyPage, clickInControl, textInControl, waitForVisibleInControl } from '../harness/pages';
import { resize } from './control-fit';
import { evaluate } from './extension-pages';
import { playbackLine, playerUrlOf, playVideo, waitForScrobbles } from './scrobble';
import type { ScrobbleRun } from './scrobble-run';
import { goto, placement } from './sites-pages';
import { eventually } from './slice';

const ASK = '[data-testid="simkl-playback-ask"]';
const LINE = '[data-testid="simkl-playback"]';

interface Seen {
  inViewport: boolean;
  /** Hit tests at its left and right ends find the control's host: nothing covers or clips it. */
  hit: boolean;
  /** Whether the control is inside the full-screen element (null: no full screen). */
  inFullscreen: boolean | null;
}

/** Runs in the page: the box of `selector` in the control's closed root. */
function readSeen(roots: ShadowRoot[], selector: string): Seen | null {
  const root = roots[0];
  const element = root?.querySelector(selector);
  if (!root || !element) return null;
  const box = element.getBoundingClientRect();
  const middle = box.top + box.height / 2;
  const hits = (x: number) => document.elementFromPoint(x, middle) === root.host;
  const full = document.fullscreenElement;
  return {
    inViewport:
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= innerHeight &&
      box.right <= document.documentElement.clientWidth,
    hit: hits(box.left + 4) && hits(box.right - 4),
    inFullscreen: full ? full.contains(root.host) : null,
  };
}

const seen = (page: AnyPage, selector: string) => inControls(page, readSeen, selector);

/**
 * The video's own box goes full screen, as a page's player may do: the control's anchor (the title in
 * the controls row) is outside it, so only the control moved inside it can be seen.
 */
const fullScreen = (page: AnyPage, on: boolean) =>
  evaluate(
    page,
    async (enter) => {
      if (enter) await document.querySelector('[data-uia="player"]')?.requestFullscreen();
      else await document.exitFullscreen();
    },
    on,
  );

export async function questionInsideThePlayer(run: ScrobbleRun): Promise<void> {
  const page = await run.newTab();
  // A laptop's window: the player's controls row sits at its bottom edge.
  await resize(page, { width: 1280, height: 720 });
  await goto(page, playerUrlOf(run.episode));
  await playVideo(page);
  await waitForVisibleInControl(page, '[data-k="track-yes"]');
  expect(await textInControl(page, ASK)).toMatch(/^Track what you watch on Netflix\?\s*Yes\s*Not now$/);
  expect(await seen(page, ASK)).toEqual({ inViewport: true, hit: true, inFullscreen: null });

  await fullScreen(page, true);
  const inside = await eventually(
    () => seen(page, ASK),
    (now) => now?.inFullscreen === true,
    5_000,
  );
  expect(inside).toEqual({ inViewport: true, hit: true, inFullscreen: true });
  // Answered from there with a real click, at once; the line that follows is in the player too.
  await clickInControl(page, '[data-k="track-yes"]');
  expect(await playbackLine(page, 2_000)).toBe('Simkl: Tracking…');
  expect(await seen(page, LINE)).toEqual({ inViewport: true, hit: true, inFullscreen: true });
  const first = await waitForScrobbles(run.log, 1);
  expect(first.map((entry) => entry.path)).toEqual(['/scrobble/start']);

  // Out of full screen, the control is back beside the title in the controls row.
  await fullScreen(page, false);
  const back = await eventually(
    () => placement(page, '[data-uia="video-title"]'),
    (now) => now.anchored,
    5_000,
  );
  expect(back).toMatchObject({ count: 1, anchored: true, floating: false });
}
