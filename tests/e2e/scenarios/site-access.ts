/**
 * A site's access withdrawn as a user would, then given back from the popup, the same in every
 * browser: while withdrawn the control never appears on the site and the popup and the options page
 * say so, in words; one click on "Allow access" asks the browser, and once it grants, the site's page
 * shows the control again.
 */
import { expect } from 'vitest';
import { type AnyPage, waitForControl } from '../harness/pages';
import { type Browserish, click, closePage, goto, waitForText } from './extension-pages';
import { sleep, waitForControlCount } from './sites-pages';
import { MATRIX } from './slice';

export interface AccessSteps {
  /** Withdraws the site's access the way its user would in this browser. */
  withdraw(): Promise<void>;
  /** Whatever answers the browser's question after the click on "Allow access" in `popup`. */
  answer(popup: AnyPage): Promise<void>;
}

const PANEL = '[data-testid="site-access"]';
const IMDB_MISSING = /does not let Simkl run on IMDb, so the Simkl button cannot appear there/;

async function reload(page: AnyPage): Promise<void> {
  await (page as { reload(): Promise<unknown> }).reload();
}

export async function siteAccessRestored(browser: Browserish, steps: AccessSteps): Promise<void> {
  const site = await browser.newTab();
  await goto(site, MATRIX.url);
  expect(await waitForControl(site)).toMatch(/Simkl/);

  await steps.withdraw();
  await reload(site);
  await sleep(1_500); // a mount on a loaded page takes ~0.1 s
  expect(await waitForControlCount(site, 0, 0)).toBe(0);

  const options = await browser.openPage('options.html');
  await waitForText(options, PANEL, IMDB_MISSING);
  const popup = await browser.openPage('popup.html');
  const said = await waitForText(popup, PANEL, IMDB_MISSING);
  expect(said).not.toMatch(/reach Simkl/); // Simkl's own hosts were not touched

  await click(popup, '[data-action="allow-access"]');
  await steps.answer(popup);
  await waitForText(popup, `${PANEL} [data-answer="granted"]`, /Access allowed/);
  expect(await waitForText(popup, PANEL, /Access allowed/)).not.toMatch(IMDB_MISSING);
  await waitForText(options, PANEL, /The extension can reach Simkl and IMDb/);

  await reload(site);
  expect(await waitForControl(site)).toMatch(/Simkl/);
  for (const page of [popup, options, site]) await closePage(page);
}
