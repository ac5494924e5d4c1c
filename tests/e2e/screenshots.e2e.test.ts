import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { OPTIONAL_SITE_HOSTS_BY_SITE } from '../../lib/hosts';
import type { OptionalSite } from '../../lib/media';
import { REPO_ROOT } from './harness/build-output';
import { chromeSiteAccess } from './harness/chromium-site-access';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { click, closePage, evaluate, waitFor } from './scenarios/extension-pages';
import { signInFromThePopup } from './scenarios/popup';
import {
  BADGES_SHOT,
  OPTIONAL_SITE_SHOTS,
  SHOT_VIEWPORT,
  SITE_SHOTS,
  type SiteShot,
  seedScreenshotLibrary,
  takeBadgesShot,
  takeSiteShot,
} from './scenarios/screenshots';
import { eventually } from './scenarios/slice';

/** `UPDATE_SCREENSHOTS=1` refreshes the README's pictures; otherwise they go to a scratch folder. */
const SHOTS_DIR = process.env.UPDATE_SCREENSHOTS
  ? path.join(REPO_ROOT, 'docs/screenshots')
  : fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-site-shots-'));

/** The README shows seven of these: each must stay a light download. */
const MAX_PNG_BYTES = 200_000;

/** The scripts the background registered for the optional sites, as an extension page reads them. */
function registeredScripts(options: AnyPage): Promise<string[]> {
  return evaluate(
    options,
    async () => {
      type Api = { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } };
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = scope.browser ?? scope.chrome;
      return api ? (await api.scripting.getRegisteredContentScripts()).map((script) => script.id).sort() : [];
    },
    null,
  );
}

describeInBrowsers('the site screenshots', { scenario: 'screenshots' }, (suite) => {
  let page: Page;
  let session: Session;

  beforeAll(async () => {
    session = await suite.start({
      seed: seedScreenshotLibrary,
      firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
    });
    await signInFromThePopup(session.world, session.pages);
    page = (await session.newPage()) as Page;
  });

  /** Takes one picture and checks the control's words and theme, its box in view and the file's weight. */
  async function shotTaken(shot: SiteShot): Promise<void> {
    const taken = await takeSiteShot(page, shot, SHOTS_DIR);
    expect(taken.label).toBe(shot.label);
    // A dark site's picture with a light control is not the site as a user sees it.
    expect(taken.theme).toBe(shot.theme);
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
  }

  it.each(SITE_SHOTS.map((shot) => [shot.site, shot] as const))(
    '%s: the control shows the library status beside the title, in view',
    (_site, shot) => shotTaken(shot),
  );

  it("IMDb's Top 250: a badge beside each title on the lists, with its words, and none on the other", async () => {
    const { file, seen } = await takeBadgesShot(page, SHOTS_DIR);
    expect(Object.fromEntries(seen.map((badge) => [badge.href.replace(/\?.*/, ''), badge.label]))).toEqual(
      BADGES_SHOT.labels,
    );
    expect(seen.filter((badge) => !badge.whole)).toEqual([]);
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(10_000);
    expect(size).toBeLessThan(MAX_PNG_BYTES);
  });

  it('turns on the optional sites the README shows, from the options, as a user does', async () => {
    const sites = OPTIONAL_SITE_SHOTS.map((shot) => shot.site as OptionalSite);
    if (session.browser === 'chromium')
      await chromeSiteAccess(
        session.chrome,
        'grant',
        sites.flatMap((site) => OPTIONAL_SITE_HOSTS_BY_SITE[site]),
      );
    const options = await session.openExtensionPage('options.html');
    for (const site of sites) {
      await click(options, `input[data-optional-site="${site}"]`);
      await waitFor(options, `input[data-optional-site="${site}"]:checked`);
    }
    const expected = sites.flatMap((site) => [site, `${site}-badges`]).sort();
    const scripts = await eventually(
      () => registeredScripts(options),
      (ids) => expected.every((id) => ids.includes(id)),
      15_000,
    );
    expect(scripts).toEqual(expect.arrayContaining(expected));
    await closePage(options);
  });

  it.each(OPTIONAL_SITE_SHOTS.map((shot) => [shot.site, shot] as const))(
    '%s (optional): the control shows the library status beside the title, in view',
    (_site, shot) => shotTaken(shot),
  );
});
