/**
 * Test helpers for the UI: real i18n text from public/_locales, a fake background answering
 * intents through fakeBrowser's runtime channel, and events that look like real user input.
 */
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ErrorData } from '../../../lib/errors';
import type { Intent, IntentMessage, IntentRequest, IntentResponse, ItemView } from '../../../lib/messaging';
import { PROTOCOL_TAG } from '../../../lib/messaging';
import { MENU_PART } from '../../../lib/page/control/menu-part';
import { registerPart } from '../../../lib/page/parts/part-registry';
import { getMessage } from '../helpers/messages';

export { getMessage, MESSAGES } from '../helpers/messages';

export function stubI18n(): void {
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
}

/** What a handler returns to make the background answer with an error. */
export class Failure {
  constructor(readonly error: ErrorData) {}
}

export function fail(kind: ErrorData['kind']): Failure {
  return new Failure({ kind, message: `test ${kind}` });
}

export type Handlers = {
  [K in Intent]?: (data: IntentRequest<K>) => IntentResponse<K> | Failure | Promise<IntentResponse<K>>;
};

/**
 * Sends a message to the extension's runtime.onMessage listeners from `sender`, as the polyfill
 * delivers it in both browsers: the answer is what a listener's returned Promise resolves to, and a
 * listener that returns undefined leaves the message to the others (undefined when none answers).
 */
export async function askListeners(message: unknown, sender: { id?: string }): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return answers.find((answer) => answer !== undefined);
}

export interface FakeBackground {
  calls: { intent: Intent; data: unknown }[];
  handlers: Handlers;
  callsOf(intent: Intent): unknown[];
}

/** Answers intents like the real router does ({ok, value} or {ok: false, error}). */
/**
 * What the worker does unless a test says otherwise: `loadPart` runs the part in "the isolated world"
 * (here the test's own), as scripting.executeScript would (lib/background/page-parts/page-part-handlers.ts).
 */
const defaultHandlers: Handlers = {
  loadPart: ({ part }) => {
    if (part === 'menu') registerPart('menu', MENU_PART);
    return { loaded: true };
  },
};

export function fakeBackground(handlers: Handlers = {}): FakeBackground {
  const background: FakeBackground = {
    calls: [],
    handlers,
    callsOf: (intent) => background.calls.filter((call) => call.intent === intent).map((call) => call.data),
  };
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const message = raw as IntentMessage;
    if (message?.protocol !== PROTOCOL_TAG) return undefined;
    background.calls.push({ intent: message.intent, data: message.data });
    const handler = (background.handlers[message.intent] ?? defaultHandlers[message.intent]) as
      | ((data: unknown) => unknown)
      | undefined;
    if (!handler) return Promise.resolve({ ok: false, error: { kind: 'internal', message: 'unhandled' } });
    const value = handler(message.data);
    // A handler may answer later (a slow Simkl), for tests of answers that arrive out of order.
    if (value instanceof Promise) return value.then((answer) => ({ ok: true, value: answer }));
    return Promise.resolve(
      value instanceof Failure ? { ok: false, error: value.error } : { ok: true, value },
    );
  });
  return background;
}

/** A control's root as the runner gives it: a div in a closed shadow root on a host in the page. */
export function controlRoot(): { shadow: ShadowRoot; root: HTMLElement } {
  const host = document.createElement('span');
  document.body.replaceChildren(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const root = document.createElement('div');
  shadow.append(root);
  return { shadow, root };
}

export function itemView(overrides: Partial<ItemView> = {}): ItemView {
  return {
    signedIn: true,
    known: true,
    simkl: 53536,
    type: 'movie',
    title: 'The Matrix',
    year: 1999,
    status: null,
    rating: null,
    pendingWrites: 0,
    url: 'https://simkl.com/movies/53536/the-matrix',
    ...overrides,
  };
}

function trustedEvent<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A click the browser made from real input (happy-dom's events are all untrusted). */
export async function userClick(element: Element): Promise<void> {
  await act(() => {
    element.dispatchEvent(
      trustedEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })),
    );
  });
  await settle();
}

export async function userKey(element: Element, key: string): Promise<void> {
  await act(() => {
    element.dispatchEvent(
      trustedEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true })),
    );
  });
  await settle();
}

/** Lets pending message answers and Preact renders finish. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

/**
 * The words an element shows: the control draws every word from a `data-t` attribute with CSS
 * (lib/page/ui/dom.ts, words()), so its textContent is empty.
 */
export function shownText(element: Element | null | undefined): string {
  if (!element) return '';
  const drawn = [element, ...element.querySelectorAll('[data-t]')].filter((node) =>
    node.hasAttribute('data-t'),
  );
  return drawn.map((node) => node.getAttribute('data-t')).join('');
}

/**
 * Keeps the closed shadow roots attached from now on, for the test to look inside. In a browser
 * the page could not do this: a content script's attachShadow belongs to its own world. Restore
 * mocks after each test (vi.restoreAllMocks()), or the spies pile up.
 */
export function keepShadowRoots(): (host: Element | null | undefined) => ShadowRoot | undefined {
  const roots = new WeakMap<Element, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
  return (host) => (host ? roots.get(host) : undefined);
}
