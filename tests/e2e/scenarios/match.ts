/**
 * The right match (docs/architecture.md, The right match), the same in every browser. The service answers IMDb's The Matrix
 * with Pulp Fiction (control `pinSearchId`), which the user has Completed: both open tabs of the
 * Matrix say "Simkl: Completed" and the menu "Matched as: Pulp Fiction (1994 · Movie)". Not this?
 * opens the match window, the user picks The Matrix, both tabs update at once, Plan to Watch lands on
 * The Matrix (Pulp Fiction untouched), the options list the correction, and Undo match takes it back.
 */
import { expect } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import { inControls } from '../harness/closed-roots';
import {
  type AnyPage,
  choose,
  clickInControl,
  openMenu,
  textInControl,
  waitForButtonText,
} from '../harness/pages';
import type { World } from '../harness/world';
import {
  type Browserish,
  click,
  closePage,
  goto,
  waitFor,
  waitForClosed,
  waitForText,
} from './extension-pages';
import { openPopupOn, SIMKL, serviceEntry } from './popup';
import { eventually } from './slice';

export const MATCH_PAGE = 'https://www.imdb.com/title/tt0133093/';
const PULP_FICTION = 9100008;
const MATCHED = '[data-matched]';
const NOT_THIS = '[data-action="not-this"]';
const UNDO = '[data-action="undo-match"]';

/** An extension page the extension opened itself (the match window), found by its address. */
export type FindExtensionPage = (pathPart: string) => Promise<AnyPage>;

/** Before the browser starts: the wrong lookup, and the wrong item on the user's lists. */
export function seedWrongMatch(world: World): void {
  world.control.pinSearchId('imdb', 'tt0133093', PULP_FICTION);
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { imdb: 'tt0110912' }, type: 'movie', status: 'completed' },
  ]);
}

/** Polls the open menu's "Matched as" line until it matches. */
async function menuReads(page: AnyPage, expected: RegExp): Promise<string> {
  await openMenu(page);
  const text = await eventually(
    () => textInControl(page, MATCHED).catch(() => ''),
    (now) => expected.test(now),
    30_000,
  );
  expect(text).toMatch(expected);
  return text;
}

async function undoEnabled(page: AnyPage): Promise<boolean> {
  await openMenu(page);
  return inControls(
    page,
    (roots: ShadowRoot[], selector: string) =>
      roots[0]?.querySelector(selector)?.getAttribute('aria-disabled') !== 'true',
    UNDO,
  );
}

export async function correctTheMatch(
  world: World,
  browser: Browserish,
  findPage: FindExtensionPage,
): Promise<void> {
  const first = await browser.newTab();
  const second = await browser.newTab();
  for (const page of [first, second]) {
    await goto(page, MATCH_PAGE);
    await waitForButtonText(page, 'Simkl: Completed', 30_000);
  }
  await menuReads(first, /^Matched as: Pulp Fiction \(1994 · Movie\)$/);
  expect(await undoEnabled(first)).toBe(false);

  // The popup says the same.
  const popup = await openPopupOn(browser, `${MATCH_PAGE}*`);
  await waitForText(popup, '[data-testid="matched-as-text"]', /^Matched as: Pulp Fiction \(1994 · Movie\)$/);
  await closePage(popup);

  await clickInControl(first, NOT_THIS);
  const window = await findPage('/match.html');
  await click(window, `[data-match="movie:${SIMKL.matrix}"]`, 30_000);
  await waitForText(window, '[data-testid="match-chosen"]', /The Matrix/);
  await waitForText(window, '[data-testid="matched-as-text"]', /^Matched as: The Matrix \(1999 · Movie\)$/);
  // Its work done, the window goes by itself.
  await waitForClosed(window);

  // Every open tab of the title: the chosen item's state (not on the lists), at once.
  for (const page of [first, second]) await waitForButtonText(page, 'Add to Simkl', 30_000);
  await menuReads(second, /^Matched as: The Matrix \(1999 · Movie\)$/);
  expect(await undoEnabled(second)).toBe(true);

  const afterChoice = await openPopupOn(browser, `${MATCH_PAGE}*`);
  await waitForText(
    afterChoice,
    '[data-testid="matched-as-text"]',
    /^Matched as: The Matrix \(1999 · Movie\)$/,
  );
  await closePage(afterChoice);

  // Writes go to the chosen item.
  await choose(first, 'plantowatch');
  const matrix = await eventually(
    () => serviceEntry(world, SIMKL.matrix),
    (entry) => entry?.status === 'plantowatch',
    30_000,
  );
  expect(matrix?.status).toBe('plantowatch');
  expect(serviceEntry(world, PULP_FICTION)?.status).toBe('completed');
  await waitForButtonText(second, 'Simkl: Plan to Watch', 30_000);

  // The options page lists the correction.
  const options = await browser.openPage('options.html');
  await waitForText(
    options,
    '[data-override="imdb:tt0133093"]',
    /imdb tt0133093 → The Matrix \(1999 · Movie\)/,
  );
  await closePage(options);

  // Undo match: the override goes; the page is matched again by itself (the lists now hold The Matrix).
  await openMenu(first);
  await clickInControl(first, UNDO);
  await eventually(
    () => undoEnabled(first).catch(() => true),
    (enabled) => !enabled,
    30_000,
  );
  expect(await undoEnabled(first)).toBe(false);
  const cleared = await browser.openPage('options.html');
  await waitFor(cleared, '[data-testid="match-overrides"]');
  await waitForText(cleared, '[data-testid="match-overrides"]', /None yet\./);
  await closePage(cleared);
}

const UNKNOWN_PAGE = 'https://www.imdb.com/title/tt0114814/';
const USUAL_SUSPECTS = 9100002;

/**
 * A page Simkl does not know (the service's lookup pinned to nothing): the control's menu says so
 * and offers the same search instead of a dead end. The pick is the page's match from then on, and a
 * write lands on it.
 */
export async function findAnUnknownTitle(
  world: World,
  browser: Browserish,
  findPage: FindExtensionPage,
): Promise<void> {
  world.control.pinSearchId('imdb', 'tt0114814', 0);
  const page = await browser.newTab();
  await goto(page, UNKNOWN_PAGE);
  await waitForButtonText(page, 'Add to Simkl', 30_000);
  await menuReads(page, /^Simkl has no match for this title$/);
  expect(await textInControl(page, NOT_THIS)).toBe('Find it on Simkl');

  await clickInControl(page, NOT_THIS);
  const window = await findPage('/match.html');
  await click(window, `[data-match="movie:${USUAL_SUSPECTS}"]`, 30_000);
  await waitForText(window, '[data-testid="match-chosen"]', /The Usual Suspects/);
  await waitForClosed(window);

  await waitForButtonText(page, 'Add to Simkl', 30_000);
  await menuReads(page, /^Matched as: The Usual Suspects \(1995 · Movie\)$/);
  await choose(page, 'plantowatch');
  const chosen = await eventually(
    () => serviceEntry(world, USUAL_SUSPECTS),
    (entry) => entry?.status === 'plantowatch',
    30_000,
  );
  expect(chosen?.status).toBe('plantowatch');
  await waitForButtonText(page, 'Simkl: Plan to Watch', 30_000);
  await closePage(page);
}

/** A title no earlier step of this scenario looked up: its page asks Simkl's /search/id. */
const LOOKUP_PAGE = 'https://www.imdb.com/title/tt0877057/';

/**
 * With Simkl answering 503 to every lookup, the page says Simkl could not be asked, under the button
 * and in the menu, never "no match"; once Simkl answers, opening the page again finds the title.
 */
export async function sayWhyTheLookupFailed(world: World, browser: Browserish): Promise<void> {
  world.control.injectFault({
    method: 'GET',
    host: 'api.simkl.com',
    path: '/search/id',
    times: 100,
    action: { status: 503 },
  });
  const page = await browser.newTab();
  try {
    await goto(page, LOOKUP_PAGE);
    await waitForButtonText(page, 'Add to Simkl', 30_000);
    const note = await eventually(
      () => textInControl(page, '#simkl-note').catch(() => ''),
      (text) => text !== '',
      30_000,
    );
    expect(note).toBe(
      "Simkl couldn't be asked about this title. Simkl is having trouble right now. It asks again the next time you open it.",
    );
    const menu = await menuReads(page, /^Simkl couldn't be asked about this title\./);
    expect(menu).not.toContain('no match');
  } finally {
    world.control.clearFaults();
  }
  await goto(page, LOOKUP_PAGE);
  await waitForButtonText(page, 'Add to Simkl', 30_000);
  await menuReads(page, /^Matched as: Death Note \(2006 · /);

  // A change Simkl fails to take shows at once, and says under the button that it is not saved yet.
  world.control.injectFault({
    method: 'POST',
    host: 'api.simkl.com',
    path: '/sync/add-to-list',
    times: 100,
    action: { status: 503 },
  });
  try {
    await choose(page, 'plantowatch');
    // The change shows at once, the button marked as saving while its write waits.
    expect(await waitForButtonText(page, /^Simkl: Plan to Watch/, 30_000)).toMatch(
      /^Simkl: Plan to Watch(, saving)?$/,
    );
    const waiting = await eventually(
      () => textInControl(page, '#simkl-note').catch(() => ''),
      (text) => text.startsWith('Waiting to save'),
      30_000,
    );
    expect(waiting).toBe('Waiting to save: Simkl is having trouble. The change will be sent later.');
  } finally {
    world.control.clearFaults();
  }
  await closePage(page);
}
