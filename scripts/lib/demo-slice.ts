/**
 * The demo's story, the same in Chromium and Firefox: a seeded library, signing in from the in-page
 * control on The Matrix's IMDb page, and the service confirming Plan to Watch. Each browser's demo
 * (scripts/demo.ts, scripts/lib/demo-firefox.ts) drives its own pages through these.
 */
import path from 'node:path';
import { REPO_ROOT } from '../../tests/e2e/harness/build-output';
import {
  type AnyPage,
  CONTROL,
  choose,
  clickInControl,
  waitForButtonText,
} from '../../tests/e2e/harness/pages';
import type { World } from '../../tests/e2e/harness/world';
import { seedScreenshotLibrary } from '../../tests/e2e/scenarios/screenshots';
import { DEMO_USER } from '../../tests/simkl-service/index';

export const MATRIX_URL = 'https://www.imdb.com/title/tt0133093/';
export const OUTPUT_DIR = path.join(REPO_ROOT, 'demo-output');
export const PLAN_TO_WATCH = /plan to watch/i;
const NOT_SIGN_IN = /^(?!.*sign in)/i;

export function seedDemoLibrary(world: World): void {
  // A few titles so the popup and other pages have something to show; The Matrix stays unlisted.
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { imdb: 'tt0903747' }, type: 'show', status: 'watching', watchedEpisodes: 12 },
    { ids: { imdb: 'tt0111161' }, type: 'movie', status: 'completed', rating: 9 },
  ]);
  // The titles the site screenshots show (tests/e2e/scenarios/screenshots.ts).
  seedScreenshotLibrary(world);
}

/** A settled control: signed out, signed in (listed or not), or an error. Not a loading placeholder. */
const SETTLED = /sign in|add to simkl|plan to watch|watching|completed|hold|dropped|wrong|try again|error/i;
const ERROR_TEXT = /wrong|try again|error/i;

export async function signIn(page: AnyPage): Promise<void> {
  const text = await waitForButtonText(page, SETTLED, 20_000);
  if (/sign in/i.test(text)) {
    await clickInControl(page, CONTROL.button);
    await waitForButtonText(page, NOT_SIGN_IN, 30_000);
  }
  const after = await waitForButtonText(page, SETTLED);
  if (ERROR_TEXT.test(after)) throw new Error(`the control reads "${after}"`);
}

export async function waitForMatrixPlanned(world: World): Promise<void> {
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
    const movie = world.control.library(DEMO_USER.id).movies.find((entry) => entry.title === 'The Matrix');
    if (movie?.status === 'plantowatch') return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The Matrix never reached the service as plantowatch');
}

export type DemoStep = (label: string, action: () => Promise<unknown>) => Promise<void>;

/** Runs a step timed and printed; a failing one saves the page to `failureShot` first. */
export function demoSteps(page: AnyPage, failureShot: string): DemoStep {
  return async (label, action) => {
    const started = Date.now();
    try {
      await action();
    } catch (error) {
      await page.screenshot({ path: failureShot, fullPage: true }).catch(() => {});
      throw new Error(`Demo step "${label}" failed (page screenshot: ${failureShot})`, { cause: error });
    }
    console.log(`  ✓ ${label} (${Date.now() - started} ms)`);
  };
}

/** The slice: open The Matrix, sign in, Plan to Watch, reload, and the service has it. */
export async function runSliceSteps(step: DemoStep, page: AnyPage, world: World): Promise<void> {
  await step('open The Matrix on IMDb', () => page.goto(MATRIX_URL));
  await step('sign in to Simkl (consent auto)', () => signIn(page));
  await step('choose Plan to Watch', async () => {
    await choose(page, 'plantowatch');
    await waitForButtonText(page, PLAN_TO_WATCH);
  });
  await step('reload: the control still says Plan to Watch', async () => {
    await page.reload();
    await waitForButtonText(page, PLAN_TO_WATCH);
  });
  await step('the local Simkl service has it', () => waitForMatrixPlanned(world));
}
