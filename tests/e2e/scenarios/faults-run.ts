/**
 * The set-up every fault scenario shares: the local world, the browser with the extension, an extension
 * page to send intents from, and the demo user signed in with their first sync done, so that what a
 * scenario then sees in the request log is its own doing.
 */
import {
  type Answer,
  type Intent,
  type IntentRequest,
  type IntentResponse,
  PROTOCOL_TAG,
} from '../../../lib/messaging';
import type { SeedItem } from '../../simkl-service/types';
import type { ChromiumSession } from '../harness/chromium';
import type { AnyPage } from '../harness/pages';
import type { Session, Suite } from '../harness/suite';
import type { World, WorldOptions } from '../harness/world';
import { evaluate } from './extension-pages';
import { eventually } from './slice';

interface Runtime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Firefox's `chrome.*` take callbacks and answer undefined; its `browser.*` answer promises. */
interface RuntimeGlobal {
  browser?: Runtime;
  chrome: Runtime;
}

export interface FaultRun {
  world: World;
  session: Session;
  /** The Chromium session (Chromium's suites only). */
  readonly chrome: ChromiumSession;
  /**
   * The extension's manifest.json in a tab (Firefox: its options page): a page of the extension's origin that, unlike the popup,
   * sends nothing by itself. Intents go from here, and it reads the extension's IndexedDB without
   * waking the worker.
   */
  page: AnyPage;
}

/** Sends one intent the way the popup does, from an extension page (the background trusts those). */
export async function intent<K extends Intent>(
  page: AnyPage,
  name: K,
  data: IntentRequest<K>,
): Promise<Answer<IntentResponse<K>>> {
  const message = { protocol: PROTOCOL_TAG, intent: name, data };
  const answer = await evaluate(
    page,
    (sent) => {
      const scope = globalThis as unknown as RuntimeGlobal;
      return (scope.browser ?? scope.chrome).runtime.sendMessage(sent);
    },
    message,
  );
  return answer as Answer<IntentResponse<K>>;
}

/** The value of an intent that must succeed. */
export async function ask<K extends Intent>(
  page: AnyPage,
  name: K,
  data: IntentRequest<K>,
): Promise<IntentResponse<K>> {
  const answer = await intent(page, name, data);
  if (!answer.ok) throw new Error(`${name} failed: ${answer.error.kind} ${answer.error.message}`);
  return answer.value;
}

/** Resolves once the service has logged no request for `quietMs` (the extension has gone idle). */
export async function settled(world: World, quietMs = 500, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let count = world.control.requestLog().length;
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = world.control.requestLog().length;
    if (now !== count) {
      count = now;
      since = Date.now();
    }
  }
}

/**
 * Resolves once the outbox holds nothing: an uncertain write first waits its backoff, then has
 * Simkl's state checked, so "landed on the service" comes before "done in the extension".
 */
export async function outboxEmptied(page: AnyPage, timeoutMs = 20_000): Promise<void> {
  const view = await eventually(
    () => ask(page, 'pending', {}),
    (pending) => pending.writes.length === 0,
    timeoutMs,
  );
  if (view.writes.length > 0) throw new Error(`The outbox still holds ${JSON.stringify(view.writes)}`);
}

/**
 * Signs the demo user in through the browser flow (consent answered at once) and waits for the sync
 * it starts (every sync opens with /sync/activities) to go quiet.
 */
export async function signInQuietly(world: World, page: AnyPage): Promise<void> {
  const syncs = () => world.control.requestLog().filter((entry) => entry.path === '/sync/activities').length;
  const before = syncs();
  const account = await ask(page, 'signIn', {});
  if (!account.signedIn) throw new Error('signIn did not sign in');
  await eventually(syncs, (count) => count > before);
  await settled(world);
}

/** The suite's browser, signed in through intents sent from an extension page. */
export async function startFaultRun(
  suite: Pick<Suite, 'start'>,
  options: WorldOptions = {},
  seed: SeedItem[] = [],
): Promise<FaultRun> {
  const session = await suite.start({ world: { consent: 'auto', ...options }, seed });
  const { world } = session;
  // Firefox shows a JSON file in its JSON viewer, a page without the extension's APIs: there the
  // options page, which asks the background only for what it shows, sends the intents.
  const page = await session.openExtensionPage(
    session.browser === 'chromium' ? 'manifest.json' : 'options.html',
  );
  await signInQuietly(world, page);
  world.control.clearLog();
  return {
    world,
    session,
    get chrome() {
      return session.chrome;
    },
    page,
  };
}
