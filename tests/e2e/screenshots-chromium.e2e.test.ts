import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, REPO_ROOT } from './harness/build-output';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { startWorld, type World } from './harness/world';
import { chromiumPages } from './scenarios/extension-pages';
import { signInFromThePopup } from './scenarios/popup';
import { SHOT_VIEWPORT, SITE_SHOTS, seedScreenshotLibrary, takeSiteShot } from './scenarios/screenshots';

/** `UPDATE_SCREENSHOTS=1` refreshes the README's pictures; otherwise they go to a scratch folder. */
const SHOTS_DIR = process.env.UPDATE_SCREENSHOTS
  ? path.join(REPO_ROOT, 'docs/screenshots')
  : fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-site-shots-'));

/** The README shows four of these: each must stay a light download. */
const MAX_PNG_BYTES = 200_000;

let world: World;
let chrome: ChromiumSession;
let page: Page;

beforeAll(async () => {
  world = await startWorld();
  seedScreenshotLibrary(world);
  chrome = await launchChromium({ extensionDir: ensureBuilt('chrome-mv3'), world });
  await signInFromThePopup(world, chromiumPages(chrome));
  page = await chrome.context.newPage();
});

afterAll(async () => {
  await chrome?.close();
  await world?.close();
});

describe('the site screenshots in Chromium', () => {
  it.each(SITE_SHOTS.map((shot) => [shot.site, shot] as const))(
    '%s: the control shows the library status beside the title, in view',
    async (_site, shot) => {
      const taken = await takeSiteShot(page, shot, SHOTS_DIR);
      expect(taken.label).toBe(shot.label);
      const box = taken.box;
      expect(box, 'the control has a box').not.toBeNull();
      if (!box) return;
      expect(box.width).toBeGreaterThan(80);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(SHOT_VIEWPORT.width);
      expect(box.y + box.height).toBeLessThanOrEqual(SHOT_VIEWPORT.height);
      const size = fs.statSync(taken.file).size;
      expect(size).toBeGreaterThan(10_000);
      expect(size).toBeLessThan(MAX_PNG_BYTES);
    },
  );
});
