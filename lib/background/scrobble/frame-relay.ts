/**
 * The frame relay (docs/architecture.md, A playback): a service's player iframe of another origin reports
 * its video's samples through the extension's runtime messaging, and the background forwards each to the
 * top frame of the very tab it came from (frameId 0), where the engine uses it as its video. Never
 * window.postMessage: any script on the page could forge that. The sender is the browser's word (tab and
 * frame), so a frame can only ever feed its own tab, and only from a host its service owns.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { PLAYER_FRAME_HOSTS } from '../../hosts';
import type { FrameSampleMessage } from '../../messaging';
import { hostOf } from '../intents/sender';
import { validateFrameSample } from '../intents/validate-scrobble';

/** The parts of runtime.MessageSender the relay trusts. */
export interface FrameSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number } | null;
}

/** Where a frame's message goes (its own tab's top frame) and what, or null when it is not relayed. */
export function frameRelayOf(
  data: unknown,
  sender: FrameSender,
  extensionId: string,
  frameHosts: Readonly<Record<string, readonly string[]>> = PLAYER_FRAME_HOSTS,
): { tabId: number; message: FrameSampleMessage } | null {
  if (sender.id !== extensionId || typeof sender.url !== 'string') return null;
  const tabId = sender.tab?.id;
  // A child frame only: the top frame reads its own video.
  if (typeof tabId !== 'number' || typeof sender.frameId !== 'number' || sender.frameId <= 0) return null;
  let message: FrameSampleMessage;
  try {
    message = validateFrameSample(data);
  } catch {
    return null;
  }
  const host = hostOf(sender.url);
  return host && frameHosts[message.service]?.includes(host) ? { tabId, message } : null;
}

export function acceptFrameSamples(
  extensionId: string,
  frameHosts: Readonly<Record<string, readonly string[]>> = PLAYER_FRAME_HOSTS,
): void {
  browser.runtime.onMessage.addListener((data: unknown, sender: Runtime.MessageSender) => {
    const relay = frameRelayOf(data, sender, extensionId, frameHosts);
    // Not answered: the router answers intents; a sample needs none.
    if (relay) void browser.tabs.sendMessage(relay.tabId, relay.message, { frameId: 0 }).catch(() => {});
    return undefined;
  });
}
