/**
 * The pages.ts helpers exercised against the control fixture; shared by the Chromium and Firefox
 * harness tests so both drivers are held to the same behaviour.
 */
import { expect } from 'vitest';
import { showControlFixture } from './control-fixture';
import {
  type AnyPage,
  choose,
  openMenu,
  rate,
  removeFromList,
  waitForButtonText,
  waitForControl,
} from './pages';

export async function checkControlHelpers(page: AnyPage): Promise<void> {
  await showControlFixture(page);
  const inPage = page as unknown as { evaluate<R>(fn: () => R): Promise<R> };
  // Closed: the page's own scripts see no root, and no text, yet the helpers read and click it.
  expect(
    await inPage.evaluate(() => {
      const host = document.querySelector('[data-simkl-control]');
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what a page reads
      return [host?.shadowRoot ?? null, document.body.innerText.trim()];
    }),
  ).toEqual([null, '']);
  expect(await waitForControl(page)).toBe('Add to Simkl');
  await choose(page, 'plantowatch');
  expect(await waitForButtonText(page, 'Plan to Watch')).toBe('Plan to Watch');
  await openMenu(page);
  await choose(page, 'completed'); // the menu is open already: choose must not close it
  await waitForButtonText(page, 'Completed');
  await rate(page, 8);
  await waitForButtonText(page, 'Completed ★8');
  await removeFromList(page);
  await waitForButtonText(page, 'Add to Simkl');
  await expect(waitForButtonText(page, 'Watching', 300)).rejects.toThrow(/still reads "Add to Simkl"/);
}
