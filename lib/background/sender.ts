import { SITE_HOSTS } from '../hosts';

/** The parts of runtime.MessageSender the router trusts (Chrome and Firefox both fill them). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number } | null;
}

export interface SenderRules {
  extensionId: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, with or without the trailing slash. */
  extensionOrigin: string;
}

export type SenderKind = 'page' | 'content';

function hostOf(url: string): string | null {
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
  const host = hostOf(sender.url);
  if (sender.tab && host && (SITE_HOSTS as readonly string[]).includes(host)) return 'content';
  return null;
}
