/**
 * The in-page control lives in a **closed** shadow root (lib/page/ui/mount-control.ts): the page's
 * scripts get `host.shadowRoot === null`, and so do the drivers' own selectors. Playwright's CSS and
 * role engines, and Puppeteer's `>>>`, `pierce/` and `aria/` handlers, all walk `element.shadowRoot`
 * from a script in the page and stop at the host (checked in Chromium 156 and Firefox ESR 153).
 *
 * The tests get in through the browser's debugging protocol instead, which no page script can use:
 * - Chromium (CDP): `DOM.describeNode({ pierce: true })` lists a host's shadow roots, closed ones
 *   included; `DOM.resolveNode` makes one a JS object in the page; `Runtime.callFunctionOn` runs
 *   a function with it.
 * - Firefox (WebDriver BiDi): `script.callFunction` with `serializationOptions.includeShadowTree:
 *   'all'` answers a host with its closed shadow root as a shared reference, which a second
 *   `script.callFunction` takes as an argument.
 * Either way the test's function runs in the page's main world, handed roots that world cannot reach.
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

type AnyPage = PlaywrightPage | PuppeteerPage;

/** Runs in the page: every control's shadow root in document order, and `arg` (JSON). */
export type RootsFunction<A, R> = (roots: ShadowRoot[], arg: A) => R;

/**
 * The title control's hosts, the history import's box on Netflix (lib/page/ui/import-panel.ts), and a
 * player-only page's line (lib/player/player-line.ts).
 */
const HOST_SELECTOR = '[data-simkl-control], [data-simkl-import], [data-simkl-player-line]';

export function inControls<A, R>(page: AnyPage, fn: RootsFunction<A, R>, arg: A): Promise<Awaited<R>> {
  return inClosedRoots(page, HOST_SELECTOR, fn, arg);
}

/** The same for the closed roots of any hosts, such as the list badges' `[data-simkl-badge]`. */
export function inClosedRoots<A, R>(
  page: AnyPage,
  hosts: string,
  fn: RootsFunction<A, R>,
  arg: A,
): Promise<Awaited<R>> {
  return 'browserContext' in page ? inRootsBidi(page, hosts, fn, arg) : inRootsCdp(page, hosts, fn, arg);
}

/**
 * The page function, called with the JSON argument first and the roots after it. `__name` is the
 * helper tsx (bench, demo) puts inside compiled functions; the page has none, so it gets a no-op.
 */
function wrap(fn: RootsFunction<never, unknown>): string {
  return `async function (argJson, ...roots) {
    const __name = (target) => target;
    const result = await (${fn.toString()})(roots, JSON.parse(argJson));
    return JSON.stringify(result === undefined ? null : result);
  }`;
}

const sessions = new WeakMap<PlaywrightPage, Promise<CDPSession>>();

function cdpSession(page: PlaywrightPage): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

async function inRootsCdp<A, R>(
  page: PlaywrightPage,
  hostSelector: string,
  fn: RootsFunction<A, R>,
  arg: A,
): Promise<Awaited<R>> {
  const session = await cdpSession(page);
  const objectGroup = `simkl-e2e-${Math.random()}`;
  try {
    const { result: hosts } = await session.send('Runtime.evaluate', {
      expression: `Array.from(document.querySelectorAll(${JSON.stringify(hostSelector)}))`,
      objectGroup,
    });
    if (!hosts.objectId) throw new Error('No document to look for controls in');
    const { result: properties } = await session.send('Runtime.getProperties', {
      objectId: hosts.objectId,
      ownProperties: true,
    });
    const hostIds = properties
      .filter((property) => /^\d+$/.test(property.name) && property.value?.objectId)
      .sort((a, b) => Number(a.name) - Number(b.name))
      .map((property) => property.value?.objectId as string);
    const roots: string[] = [];
    for (const objectId of hostIds) {
      const { node } = await session.send('DOM.describeNode', { objectId, depth: 1, pierce: true });
      const backendNodeId = node.shadowRoots?.[0]?.backendNodeId;
      if (backendNodeId === undefined) continue;
      const { object } = await session.send('DOM.resolveNode', { backendNodeId, objectGroup });
      if (object.objectId) roots.push(object.objectId);
    }
    const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
      objectId: hosts.objectId,
      functionDeclaration: wrap(fn as RootsFunction<never, unknown>),
      arguments: [{ value: JSON.stringify(arg) }, ...roots.map((objectId) => ({ objectId }))],
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`In the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return JSON.parse(result.value as string) as Awaited<R>;
  } finally {
    await session.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiEvaluateResult }>;
}

type BidiRemoteValue = { type: string; value?: unknown; sharedId?: string };
type BidiEvaluateResult =
  | { type: 'success'; result: BidiRemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };

function bidiOf(page: PuppeteerPage): { connection: BidiConnection; context: string } {
  // Puppeteer's BiDi classes keep these public in practice but untyped: the browser's connection
  // and the frame's browsing context id.
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  return { connection, context };
}

function bidiValue(answer: BidiEvaluateResult): BidiRemoteValue {
  if (answer.type === 'exception') throw new Error(`In the page: ${answer.exceptionDetails.text}`);
  return answer.result;
}

async function inRootsBidi<A, R>(
  page: PuppeteerPage,
  hostSelector: string,
  fn: RootsFunction<A, R>,
  arg: A,
): Promise<Awaited<R>> {
  const { connection, context } = bidiOf(page);
  const target = { context };
  const { result: found } = await connection.send('script.callFunction', {
    functionDeclaration: `() => Array.from(document.querySelectorAll(${JSON.stringify(hostSelector)}))`,
    target,
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1, maxObjectDepth: 1 },
  });
  const hosts = (bidiValue(found).value as { value?: { shadowRoot?: { sharedId?: string } | null } }[]) ?? [];
  const roots = hosts.flatMap((host) => {
    const sharedId = host.value?.shadowRoot?.sharedId;
    return sharedId ? [{ sharedId }] : [];
  });
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: wrap(fn as RootsFunction<never, unknown>),
    target,
    arguments: [{ type: 'string', value: JSON.stringify(arg) }, ...roots],
    awaitPromise: true,
    resultOwnership: 'none',
  });
  return JSON.parse(bidiValue(result).value as string) as Awaited<R>;
}
