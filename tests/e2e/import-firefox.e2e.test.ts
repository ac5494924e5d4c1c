/**
 * Importing the Netflix viewing history in Firefox (firefox-mv2): the same fixture
 * history as in Chromium, the preview's numbers, then exactly the right history on the service.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER } from '../simkl-service/index';
import { ensureBuilt } from './harness/build-output';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { startWorld, type World } from './harness/world';
import { firefoxPages } from './scenarios/extension-pages';
import {
  carriedItems,
  confirmImport,
  describeRequests,
  EXPECTED_CARRIED,
  EXPECTED_HISTORY,
  EXPECTED_PREVIEW,
  HISTORY_URL,
  historyPosts,
  IMPORT_SEED,
  importDone,
  importFromExtensionPage,
  readPreview,
  serviceHistory,
  unmatchedList,
} from './scenarios/history-import';
import { signInFromThePopup } from './scenarios/popup';

let world: World;
let firefox: FirefoxSession;

beforeAll(async () => {
  world = await startWorld();
  world.control.seedLibrary(DEMO_USER.id, IMPORT_SEED);
  firefox = await launchFirefox({ extensionDir: ensureBuilt('firefox-mv2'), world });
  await signInFromThePopup(world, firefoxPages(firefox));
});

afterAll(async () => {
  await firefox?.close();
  await world?.close();
});

describe('importing the Netflix history in Firefox', () => {
  it('previews the exact numbers, then lands exactly the new films and episodes, once each', async () => {
    world.control.clearLog();
    const netflix = await firefox.newPage();
    await netflix.bringToFront();
    expect(await readPreview(netflix)).toBe(EXPECTED_PREVIEW);
    expect(await unmatchedList(netflix)).toBe('Could not be matchedA Quiet Film');
    expect(historyPosts(world)).toEqual([]);

    await confirmImport(netflix);
    const done = await importDone(netflix);
    console.log(`import (Firefox): ${describeRequests(world).join(', ')}`);
    expect(done).toBe('Imported 7 to Simkl. Simkl did not find 1 of them.');
    expect(serviceHistory(world)).toEqual(EXPECTED_HISTORY);
    expect(carriedItems(world)).toEqual(EXPECTED_CARRIED);
    // The next test's Netflix tab must be the only one (a tab on the history page would be chosen).
    await netflix.close();
  }, 180_000);

  it('offers the import in the popup while a Netflix tab is open, and reads it there', async () => {
    const netflix = await firefox.newPage();
    const seen = await importFromExtensionPage(firefoxPages(firefox), netflix, 'popup.html');
    expect(seen.tabUrl).toBe(HISTORY_URL);
    // The same history again: the same viewings found. The mirror keeps no per-episode history for
    // shows in progress, so their episodes go again, which changes nothing on Simkl.
    expect(seen.preview).toMatch(/^Found 10 viewings: 3 movies, 7 episodes of 2 shows\. /);
    expect(seen.done).toMatch(/^Imported \d+ to Simkl\./);
    expect(serviceHistory(world)).toEqual(EXPECTED_HISTORY);
  }, 180_000);
});
