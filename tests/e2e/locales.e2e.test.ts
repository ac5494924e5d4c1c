/**
 * The popup and the in-page control in other languages (issue "The house and the world" §2): in
 * German, in Japanese, and in whichever locale's messages take the most room, Chromium really runs in
 * that language, the popup has no horizontal overflow on either tab, and the control's label is whole
 * and on screen. The words checked come from public/_locales, never from this file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './harness/build-output';
import { type ControlMeasure, waitForControlMeasure } from './harness/control-measure';
import { describeInBrowsers } from './harness/suite';
import { click, goto, waitFor, waitForText } from './scenarios/extension-pages';
import { horizontalOverflow } from './scenarios/layout-overflow';
import { localeMessages, longestLocale } from './scenarios/locale-messages';
import { openPopupOn, SITE_PAGES, seedPopupLibrary, signInFromThePopup } from './scenarios/popup';

const LOCALES = [...new Set(['de', 'ja', longestLocale()])];

/** Every shot goes to a scratch folder; `UPDATE_SCREENSHOTS=1` also refreshes the README's. */
const SHOTS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'simkl-locale-shots-'));
const README_SHOTS: Record<string, string[]> = { de: ['popup', 'imdb-control'], ja: ['popup'] };
const POPUP_SIZE = { width: 384, height: 640 };
const PHONE_SIZE = { width: 360, height: 740 };
const IMDB_HERO = 'h1[data-testid="hero__pageTitle"]';

async function shoot(page: Page, name: string, locale: string, options?: Parameters<Page['screenshot']>[0]) {
  const file = path.join(SHOTS_DIR, `${name}-${locale}.png`);
  await page.screenshot({ ...options, path: file });
  if (process.env.UPDATE_SCREENSHOTS && README_SHOTS[locale]?.includes(name)) {
    fs.copyFileSync(file, path.join(REPO_ROOT, 'docs/screenshots', `${name}-${locale}.png`));
  }
  const size = fs.statSync(file).size;
  expect(size, file).toBeGreaterThan(5_000);
  expect(size, file).toBeLessThan(200_000);
}

/** The label is not cut (one pixel of rounding allowed), and host and button are inside the viewport. */
function expectWholeAndOnScreen(control: ControlMeasure): void {
  expect(control.scrollWidth, control.text).toBeLessThanOrEqual(control.clientWidth + 1);
  for (const box of [control.host, control.button]) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(control.viewport.width);
    expect(box.bottom).toBeLessThanOrEqual(control.viewport.height);
  }
}

const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

describeInBrowsers('the popup and the control', { scenario: 'locales' }, (suite) => {
  describe.each(LOCALES)('in %s', (locale) => {
    const messages = localeMessages(locale);
    const english = localeMessages('en');
    const say = (key: string) => messages[key]?.message ?? `(no ${key} in ${locale})`;
    let site: Page;
    let popup: Page;

    beforeAll(async () => {
      // Throws, rather than skipping, when Chromium cannot run in `locale` (no chromium-l10n).
      const session = await suite.start({ seed: seedPopupLibrary, locale });
      const browser = session.pages;
      site = (await session.newPage()) as Page;
      await signInFromThePopup(session.world, browser);
      await goto(site, SITE_PAGES.doctorWho);
      popup = (await openPopupOn(browser, 'https://www.imdb.com/title/tt0436992/*')) as Page;
      await popup.setViewportSize(POPUP_SIZE);
      await popup.emulateMedia({ colorScheme: 'light' });
    });

    it("speaks the locale: the popup's tabs and Doctor Who's status in its words, and <html lang>", async () => {
      expect(say('tabThisPage')).not.toBe(english.tabThisPage?.message);
      await waitForText(popup, '#tab-page', literally(say('tabThisPage')));
      await waitForText(popup, '#tab-upcoming', literally(say('tabUpcoming')));
      await waitForText(popup, '[data-testid="item-status"]', literally(say('status_watching')));
      const lang = await popup.evaluate(() => document.documentElement.lang);
      expect(lang).toBe(locale.replace('_', '-'));
    });

    it('the popup holds on its first tab: nothing wider than the popup, clipped or spilling', async () => {
      await waitFor(popup, 'img.poster');
      const widths = await horizontalOverflow(popup);
      console.info(`${locale} popup, this page: client ${widths.clientWidth}, scroll ${widths.scrollWidth}`);
      expect(widths.offenders).toEqual([]);
      expect(widths.scrollWidth).toBeLessThanOrEqual(widths.clientWidth);
      await shoot(popup, 'popup', locale);
    });

    it('the popup holds on Upcoming', async () => {
      await click(popup, '#tab-upcoming');
      await waitForText(popup, '[data-testid="upcoming"]', /House of the Dragon/, 20_000);
      const widths = await horizontalOverflow(popup);
      console.info(`${locale} popup, upcoming: client ${widths.clientWidth}, scroll ${widths.scrollWidth}`);
      expect(widths.offenders).toEqual([]);
      expect(widths.scrollWidth).toBeLessThanOrEqual(widths.clientWidth);
      await shoot(popup, 'popup-upcoming', locale);
    });

    it("the control's label is whole and the control on screen", async () => {
      await site.bringToFront();
      const control = await waitForControlMeasure(site, literally(say('status_watching')));
      console.info(`${locale} control: ${JSON.stringify(control)}`);
      expectWholeAndOnScreen(control);
      const title = await site.locator(IMDB_HERO).first().boundingBox();
      expect(title).not.toBeNull();
      const top = Math.max(0, Math.min(title?.y ?? 0, control.host.top) - 16);
      const bottom = Math.max((title?.y ?? 0) + (title?.height ?? 0), control.host.bottom) + 16;
      const left = Math.max(0, (title?.x ?? 0) - 16);
      const right = Math.min(control.viewport.width, Math.max(control.host.right + 16, left + 320));
      await shoot(site, 'imdb-control', locale, {
        clip: { x: left, y: top, width: right - left, height: bottom - top },
      });
      // A phone-wide page: the label still fits on one line, whole.
      await site.setViewportSize(PHONE_SIZE);
      const narrow = await waitForControlMeasure(site, literally(say('status_watching')));
      console.info(`${locale} control at ${PHONE_SIZE.width} px: ${JSON.stringify(narrow)}`);
      expectWholeAndOnScreen(narrow);
    });
  });
});
