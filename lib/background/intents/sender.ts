import { siteOfHost } from '../../hosts';
import type { Site } from '../../media';

/** The parts of runtime.MessageSender the router trusts (Chrome and Firefox both fill them). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number } | null;
  /** The frame the message came from (0: the tab's top frame). */
  frameId?: number;
}

export interface SenderRules {
  extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, with or without the trailing slash. */
  extensionOrigin: string;
}

export type SenderKind = 'page' | 'content';

/** The host of an https URL, or null (another scheme, or no URL at all). */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/**
 * Our own pages (popup, options) may use every intent; our content scripts run in a tab of one
 * of the sites. Anything else, another extension or a page pretending, gets no answer at all.
 */
export function senderKind(sender: SenderInfo, rules: SenderRules): SenderKind | null {
  if (!sender || sender.id !== rules.extensionId || typeof sender.url !== 'string') return null;
  const origin = `${rules.extensionOrigin.replace(/\/+$/, '')}/`;
  if (sender.url.startsWith(origin)) return 'page';
  return contentScriptSite(sender) ? 'content' : null;
}

/** The site whose page a content script runs in (https, in a tab, on one of its hosts), or null. */
export function contentScriptSite(sender: SenderInfo): Site | null {
  const host = sender.tab && typeof sender.url === 'string' ? hostOf(sender.url) : null;
  return host ? siteOfHost(host) : null;
}
