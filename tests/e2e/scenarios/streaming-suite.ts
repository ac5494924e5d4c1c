/**
 * One player-only service's e2e (Max, Hulu, Apple TV+, Prime Video): ONE browser session per browser, signed in, the
 * service turned on from its switch in the options; the independent scenarios at once in tabs of their
 * own (streaming-flows.ts), then the threshold and Not this? (streaming-match.ts), which change what
 * every playback of the series does.
 */
import { beforeAll, it } from 'vitest';
import { PLAYER_ONLY_SERVICE_HOSTS } from '../../../lib/hosts';
import { chromeSiteAccess } from '../harness/chromium-site-access';
import type { AnyPage } from '../harness/pages';
import type { Session, Suite } from '../harness/suite';
import { click, waitFor } from './extension-pages';
import { signInFromTheControl } from './slice';
import { runConcurrently, type StreamingCase, type StreamingRun } from './streaming-flows';
import { type NotThisCase, notThisMovesTheScrobble, thresholdAt90 } from './streaming-match';

/** Firefox plays media in background tabs only with these (the scenarios' tabs play at once). */
export const FIREFOX_PREFS = {
  'extensions.webextOptionalPermissionPrompts': false,
  'media.block-autoplay-until-in-foreground': false,
  'media.suspend-bkgnd-video.enabled': false,
};

/** What a service's own tests after the shared ones are given: the session, its options page, the run. */
export interface StreamingContext {
  session: Session;
  options: AnyPage;
  run: StreamingRun;
}

/** `more` registers a service's own tests, run after the shared ones in the same session. */
export function streamingPlayerTests(
  suite: Suite,
  service: StreamingCase,
  notThis: NotThisCase,
  more?: (context: () => StreamingContext) => void,
): void {
  let session: Session;
  let options: AnyPage;
  let run: StreamingRun;

  beforeAll(async () => {
    // Five playbacks at once are no one viewer's pace: the service's per-user POST limit would answer
    // 429 to whichever came second (its limits have e2e tests of their own).
    session = await suite.start({ firefoxPrefs: FIREFOX_PREFS, world: { rateLimits: false } });
    const page = await session.newPage();
    await signInFromTheControl(session.world, page);
    const hosts = PLAYER_ONLY_SERVICE_HOSTS[service.service] ?? [];
    // Chromium's permission dialog is browser UI no test answers: the hosts are granted as its
    // extensions page grants them, and the switch's request then resolves at once.
    if (session.browser === 'chromium') await chromeSiteAccess(session.chrome, 'grant', hosts);
    options = await session.openExtensionPage('options.html');
    await click(options, `input[data-service="${service.service}"]`);
    await waitFor(options, `input[data-service="${service.service}"]:checked`);
    session.world.control.clearLog();
    run = { browser: session.browser, world: session.world, newTab: () => session.newPage() };
  }, 120_000);

  it(
    'start, pause, resume and 85 %; 40 %; an ad or a preview; autoplay; the tab closed at 90 %: at once, each on its own episode',
    () => runConcurrently(run, service),
    120_000,
  );

  it('"Mark as watched at" moved to 90 % is honoured', () => thresholdAt90(run, service, options), 90_000);

  it(
    'Not this? on a title-only match moves the scrobble to the chosen series',
    () => notThisMovesTheScrobble(run, session.pages, notThis),
    90_000,
  );

  more?.(() => ({ session, options, run }));
}
