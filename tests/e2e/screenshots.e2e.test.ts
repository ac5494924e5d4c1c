import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/build-output';
import { describeInBrowsers } from './harness/suite';
import { signInFromThePopup } from './scenarios/popup';
import { SHOT_VIEWPORT, SITE_SHOTS, seedScreenshotLibrary, takeSiteShot } from './scenarios/screenshots';

/** `UPDATE_SCREENSHOTS=1` refreshes the README's pictures; otherwise they go to a scratch folder. */
const SHOTS_DIR = process.env.UPDATE_SCREENSHOTS
  ? path.join(REPO_ROOT, 'docs/screenshots')
  : fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-site-shots-'));

/** The README shows four of these: each must stay a light download. */
const MAX_PNG_BYTES = 200_000;

describeInBrowsers('the site screenshots', { scenario: 'screenshots' }, (suite) => {
  let page: Page;

  beforeAll(async () => {
    const session = await suite.start({ seed: seedScreenshotLibrary });
    await signInFromThePopup(session.world, session.pages);
    page = (await session.newPage()) as Page;
  });

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
