import { type ErrorData, SimklError, toErrorData } from '../../errors';
import type { Site } from '../../media';
import {
  type Answer,
  CONTENT_INTENT_SITES,
  CONTENT_ONLY_INTENTS,
  CONTENT_SCRIPT_INTENTS,
  type Intent,
  PROTOCOL_TAG,
} from '../../messaging';
import type { HandlerContext, IntentHandlers } from './handler-types';
import { contentScriptSite, type SenderInfo, type SenderRules, senderKind } from './sender';
import { InvalidMessage, isPlainObject } from './validate-basic';
import { INTENT_VALIDATORS, isIntent } from './validate-intents';

/** Answers a runtime message: undefined = not ours, so other listeners may answer it. */
export type Router = (message: unknown, sender: SenderInfo) => Promise<Answer<unknown>> | undefined;

type AnyHandler = (data: unknown, context: HandlerContext) => Promise<unknown>;

function refusal(error: unknown): ErrorData {
  // Validation failures are the caller's bug, reported as such without echoing the payload.
  if (error instanceof InvalidMessage) return { kind: 'internal', message: error.message };
  return toErrorData(error);
}

/**
 * A content script speaks for the page it runs in: IMDb's script sends IMDb titles (one `media`, or
 * a list page's `titles`). A message from a Netflix tab that claims an IMDb title is not what our
 * script sends, so it is refused.
 */
function checkMediaSite(request: unknown, site: Site | undefined): void {
  if (!isPlainObject(request)) return;
  const titles = [request.media, ...(Array.isArray(request.titles) ? request.titles : [])];
  for (const media of titles) {
    if (isPlainObject(media) && media.site !== site)
      throw new InvalidMessage('media.site (not the sending page’s site)');
  }
}

async function dispatch(
  handlers: IntentHandlers,
  intent: Intent,
  data: unknown,
  context: HandlerContext,
  /** The site of the page a content script runs in; undefined for our own pages. */
  site?: Site,
): Promise<Answer<unknown>> {
  try {
    if (context.from === 'content' && !CONTENT_SCRIPT_INTENTS.includes(intent)) {
      throw new SimklError('internal', `"${intent}" is not available to web pages.`);
    }
    if (context.from !== 'content' && CONTENT_ONLY_INTENTS.includes(intent)) {
      throw new SimklError('internal', `"${intent}" is only for the sites' pages.`);
    }
    const onlyFrom = CONTENT_INTENT_SITES[intent];
    if (context.from === 'content' && onlyFrom && onlyFrom !== site) {
      throw new SimklError('internal', `"${intent}" is only for ${onlyFrom}'s pages.`);
    }
    const request = INTENT_VALIDATORS[intent](data);
    if (context.from === 'content') checkMediaSite(request, site);
    // The map is keyed by intent, so handlers[intent] takes exactly this intent's request.
    const handler = handlers[intent] as AnyHandler | undefined;
    if (!handler) throw new SimklError('internal', `"${intent}" is not available.`);
    return { ok: true, value: await handler(request, context) };
  } catch (error) {
    return { ok: false, error: refusal(error) };
  }
}

export function createRouter(handlers: IntentHandlers, rules: SenderRules): Router {
  return (message, sender) => {
    if (!isPlainObject(message) || message.protocol !== PROTOCOL_TAG || !isIntent(message.intent))
      return undefined;
    const from = senderKind(sender, rules);
    if (!from) return undefined;
    const context: HandlerContext = { from, url: sender.url };
    if (typeof sender.tab?.id === 'number') context.tabId = sender.tab.id;
    if (typeof sender.frameId === 'number') context.frameId = sender.frameId;
    const site = from === 'content' ? (contentScriptSite(sender) ?? undefined) : undefined;
    return dispatch(handlers, message.intent, message.data, context, site);
  };
}

/**
 * The router as runtime.onMessage takes it: the returned Promise is the answer (the polyfill gives
 * Chrome Firefox's form). What escapes the router still reaches the sender as an error answer, not
 * as a rejection.
 */
export function routerListener(router: Router): Router {
  const escaped = (error: unknown): Answer<unknown> => ({ ok: false, error: toErrorData(error) });
  return (message, sender) => {
    try {
      return router(message, sender)?.catch(escaped);
    } catch (error) {
      return Promise.resolve(escaped(error));
    }
  };
}
