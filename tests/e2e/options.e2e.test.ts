import { beforeAll, expect, it } from 'vitest';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { seriousViolations } from './scenarios/axe';
import { closePage, waitFor } from './scenarios/extension-pages';
import {
  badgeSwitch,
  clearCaches,
  exportMyData,
  groupedForANewcomer,
  OPTIONS_WORLD_CLOCK,
  seedOptionsLibrary,
  signInFromTheOptions,
  syncNowShowsTheLastSync,
  syncNowWhileSimklFails,
} from './scenarios/options';

// "Today" for the Upcoming view is the browser's day: pin the zone the browser inherits (see OPTIONS_WORLD_CLOCK).
process.env.TZ = 'UTC';

describeInBrowsers('the options page', { scenario: 'options' }, (suite) => {
  let session: Session;
  let options: AnyPage;

  beforeAll(async () => {
    session = await suite.start({ world: { now: OPTIONS_WORLD_CLOCK }, seed: seedOptionsLibrary });
    options = await signInFromTheOptions(session.world, session.pages);
  });

  it('has no serious accessibility violations', async () => {
    const page = await session.openExtensionPage('options.html');
    await waitFor(page, '[data-testid="cache-stats"]');
    expect(await seriousViolations(page)).toEqual([]);
    await closePage(page);
  });

  it('comes in groups for a newcomer: intervals in words, the advanced settings folded away', () =>
    groupedForANewcomer(session.pages));
  it('syncs now and shows the last sync time', () =>
    syncNowShowsTheLastSync(session.world, session.pages, options));
  it('says a failed sync is Simkl failing, and when it is tried again', () =>
    syncNowWhileSimklFails(session.world, options));
  it('switches the toolbar badge with its count of episodes to watch off and on', () => badgeSwitch(options));
  it('shows the cache sizes and clears the caches', () => clearCaches(session.pages, options));
  it('exports the local data as JSON, without the token', () => exportMyData(session.pages));
});
