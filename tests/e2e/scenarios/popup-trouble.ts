/**
 * The popup's notice at its top when Simkl cannot take changes: its words, from the background's state
 * (the failed sync, the waiting writes), and its box, first under the header and inside the popup.
 */
import { expect } from 'vitest';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { type Browserish, closePage, evaluate, waitFor, waitForText } from './extension-pages';
import { expectLandedOnce } from './faults-ledger';
import { ask } from './faults-run';
import { films } from './faults-titles';
import { eventually } from './slice';

const NOTICE = '[data-testid="trouble-notice"]';

/** Every write and every sync answered 503 until cleared. */
function failSimkl(world: World): void {
  world.control.injectFault({
    method: 'POST',
    host: 'api.simkl.com',
    path: '/sync/add-to-list',
    times: 1_000,
    action: { status: 503 },
  });
  world.control.injectFault({
    method: 'GET',
    host: 'api.simkl.com',
    path: '/sync/activities',
    times: 1_000,
    action: { status: 503 },
  });
}

interface NoticeBox {
  /** The notice comes right after the header, before every other part of the popup. */
  firstAfterHeader: boolean;
  left: number;
  right: number;
  popupLeft: number;
  popupRight: number;
  /** Its text fits its box: nothing cut or scrolled sideways. */
  overflows: boolean;
}

function noticeBox(popup: AnyPage): Promise<NoticeBox | null> {
  return evaluate(
    popup,
    (selector) => {
      const notice = document.querySelector<HTMLElement>(selector);
      const frame = document.querySelector<HTMLElement>('.popup');
      if (!notice || !frame) return null;
      const box = notice.getBoundingClientRect();
      const outer = frame.getBoundingClientRect();
      const header = frame.querySelector('header');
      const others = [...frame.children].filter((child) => child !== header && child !== notice);
      const below = others.every((child) => child.getBoundingClientRect().top >= box.bottom);
      return {
        firstAfterHeader: notice.previousElementSibling === header && below,
        left: box.left,
        right: box.right,
        popupLeft: outer.left,
        popupRight: outer.right,
        overflows: notice.scrollWidth > notice.clientWidth,
      };
    },
    NOTICE,
  );
}

/**
 * With Simkl failing, two changes wait: the popup says so at its top in one line with the retry time;
 * once Simkl answers, both land once and the popup opened again says nothing.
 */
export async function sayWhySimklCannotSave(world: World, browser: Browserish): Promise<void> {
  const sender = await browser.openPage('options.html');
  const titles = films(2, 20);
  failSimkl(world);
  try {
    for (const { media } of titles) await ask(sender, 'setStatus', { media, status: 'plantowatch' });
    // The first write met the 503 and waits for its retry; the second waits behind it.
    await eventually(
      () => ask(sender, 'pending', {}),
      (view) => view.writes[0]?.error?.kind === 'server',
      30_000,
    );
    const popup = await browser.openPage('popup.html');
    const words = await waitForText(popup, NOTICE, /^Simkl is having trouble/, 30_000);
    expect(words).toMatch(
      /^Simkl is having trouble · 2 changes waiting to save · retrying (at \d{1,2}:\d{2}( [AP]M)?|within a minute)$/,
    );
    const box = await noticeBox(popup);
    console.log(`popup-trouble: "${words}", box ${JSON.stringify(box)}`);
    expect(box?.firstAfterHeader).toBe(true);
    expect(box?.left).toBeGreaterThanOrEqual(box?.popupLeft ?? Number.POSITIVE_INFINITY);
    expect(box?.right).toBeLessThanOrEqual(box?.popupRight ?? Number.NEGATIVE_INFINITY);
    expect(box?.overflows).toBe(false);
    await closePage(popup);
  } finally {
    world.control.clearFaults();
  }
  await expectLandedOnce(
    world,
    'popup-trouble',
    titles.map((title) => title.expected),
    60_000,
  );
  // Opened again, the popup's own sync finds Simkl answering: no notice, the title list is back.
  const popup = await browser.openPage('popup.html');
  await waitFor(popup, '[data-testid="account-name"]', 30_000);
  await eventually(
    () => evaluate(popup, (selector) => document.querySelector(selector) === null, NOTICE),
    (gone) => gone,
    30_000,
  );
  expect(await evaluate(popup, (selector) => document.querySelector(selector), NOTICE)).toBeNull();
  await closePage(popup);
  await closePage(sender);
}
