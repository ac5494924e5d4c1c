/**
 * The page around the control is not ours. A title already in the mirror costs no request at all to
 * show, and a hostile page script (window messages in our protocol, custom events, synthetic clicks
 * and key presses into the open shadow root with the menu open, chrome.runtime) changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_TAG } from '../../lib/messaging';
import { DEMO_USER } from '../simkl-service/index';
import { PINNED_EXTENSION_ID } from './harness/chromium';
import { CONTROL, clickInControl, waitForButtonText, waitForVisibleInControl } from './harness/pages';
import { storedWrites } from './scenarios/faults-idb';
import { isWritePost } from './scenarios/faults-ledger';
import { type FaultRun, settled, startFaultRun } from './scenarios/faults-run';
import { MATRIX } from './scenarios/slice';

const SITE_HOSTS = new Set(['www.imdb.com']);

let run: FaultRun;

beforeAll(async () => {
  run = await startFaultRun({}, [{ ids: { imdb: 'tt0133093' }, status: 'plantowatch' }]);
});

afterAll(async () => {
  await run?.close();
});

/** Runs in the page's own world, as any script of the site could: how many tries, and what they met. */
function attack({ protocol, extensionId }: { protocol: string; extensionId: string }): {
  attempts: number;
  outcomes: string[];
} {
  const outcomes: string[] = [];
  let attempts = 0;
  const dispatch = (target: EventTarget, event: Event) => {
    attempts += 1;
    target.dispatchEvent(event);
  };
  const media = { site: 'imdb', kind: 'movie', ids: { imdb: 'tt0133093' }, title: 'The Matrix' };
  const forged = { protocol, intent: 'setStatus', data: { media, status: 'dropped' } };
  window.postMessage(forged, '*');
  window.postMessage({ ...forged, intent: 'removeFromList', data: { media } }, '*');
  attempts += 2;
  const host = document.querySelector('[data-simkl-control]');
  const root = host?.shadowRoot;
  if (!host || !root) return { attempts, outcomes: ['no control'] };
  for (const target of [document, host, root]) {
    dispatch(target, new CustomEvent('simkl', { detail: forged, bubbles: true, composed: true }));
  }
  const entries = [...root.querySelectorAll<HTMLElement>('[data-status], [data-rating], [data-action]')];
  outcomes.push(`menu entries reached: ${entries.length}`);
  for (const entry of entries) {
    if (entry.getAttribute('data-action') === 'open') continue; // a link out, not a write
    attempts += 1;
    entry.click();
    dispatch(entry, new MouseEvent('click', { bubbles: true, composed: true }));
    dispatch(entry, new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  }
  const button = root.querySelector<HTMLElement>('[data-testid="simkl-button"]');
  if (button) {
    attempts += 1;
    button.click();
    dispatch(button, new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
  }
  const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
  if (typeof runtime?.sendMessage !== 'function') outcomes.push('chrome.runtime.sendMessage: absent');
  else {
    attempts += 1;
    try {
      (runtime.sendMessage as (id: string, message: unknown) => void)(extensionId, forged);
      outcomes.push('chrome.runtime.sendMessage: sent');
    } catch (error) {
      outcomes.push(`chrome.runtime.sendMessage: ${String(error)}`);
    }
  }
  return { attempts, outcomes };
}

describe('a quiet visit and a hostile page in Chromium', () => {
  it('shows a mirrored title without a request, and ignores everything a page script tries', async () => {
    const { world, chrome, page: extensionPage } = run;
    const page = await chrome.context.newPage();
    await page.goto(MATRIX.url);
    await waitForButtonText(page, /Plan to Watch/);
    await settled(world, 1_000);
    const visit = world.control.requestLog().filter((entry) => !SITE_HOSTS.has(entry.host));
    const toApi = visit.filter((entry) => entry.host === 'api.simkl.com');
    console.log(
      `quiet visit: ${toApi.length} API requests (${visit.length} to any Simkl host) for a mirrored title`,
    );
    expect(toApi).toEqual([]);

    // A real click opens the menu, so the script finds every write button there to press.
    await clickInControl(page, CONTROL.button);
    await waitForVisibleInControl(page, CONTROL.status('dropped'));
    world.control.clearLog();
    const { attempts, outcomes } = await page.evaluate(attack, {
      protocol: PROTOCOL_TAG,
      extensionId: PINNED_EXTENSION_ID,
    });
    console.log(`hostile page: ${outcomes.join('; ')}`);
    expect(outcomes[0]).toMatch(/^menu entries reached: [1-9]/);

    await settled(world, 1_500);
    const writes = world.control.requestLog().filter(isWritePost);
    const landed = writes.filter((entry) => entry.status >= 200 && entry.status < 300).length;
    console.log(
      `hostile: attempted=${attempts} landed=${landed} duplicated=0 write-requests=${writes.length}`,
    );
    expect(writes).toEqual([]);
    expect(await storedWrites(extensionPage)).toEqual([]);
    const [matrix] = world.control.library(DEMO_USER.id).movies;
    expect(matrix).toMatchObject({ title: MATRIX.title, status: 'plantowatch', rating: null });
    await waitForButtonText(page, /Plan to Watch/);
    await page.close();
  });
});
