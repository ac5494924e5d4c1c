/**
 * Both ends of the frame relay in the page (docs/architecture.md, A playback): a player iframe of another
 * origin reports its video once a second through the extension's runtime messaging, and the top frame
 * hears the background forward it. Never window.postMessage, which any script on the page can forge.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { FRAME_SAMPLE, type FrameSampleMessage, type FrameVideoSample } from '../messaging';
import type { PlayerFrameAdapter, PlayerService } from './adapter';

/** A relayed sample older than this is a frame that went away: no video. */
const FRESH_MS = 3_000;

/** In the player frame: sends its video's sample to the background about once a second. */
export function reportFrameSamples(
  adapter: PlayerFrameAdapter,
  signal: AbortSignal,
  intervalMs = 1_000,
): void {
  const timer = setInterval(() => {
    const video = adapter.video(document);
    // A video without a finite duration (none loaded yet, a live stream) is nothing to count.
    if (!video || !Number.isFinite(video.duration)) return;
    const { currentTime, duration, paused, seeking, ended } = video;
    const sample: FrameVideoSample = { currentTime, duration, paused, seeking, ended };
    if (adapter.isAd?.(document, video)) sample.ad = true;
    const message: FrameSampleMessage = { type: FRAME_SAMPLE, service: adapter.service, sample };
    // The extension reloaded under the page: nothing can be sent any more.
    browser.runtime.sendMessage(message).catch(() => clearInterval(timer));
  }, intervalMs);
  signal.addEventListener('abort', () => clearInterval(timer));
}

/**
 * In the top frame: the last sample the background relayed for this service, while fresh. Only the
 * background's own messages count (a content script hears no page's runtime message, but a message
 * from another tab's script would carry a tab).
 */
export function listenForRelayedVideo(
  service: PlayerService,
  signal: AbortSignal,
  now: () => number = Date.now,
): () => FrameVideoSample | null {
  let last: { sample: FrameVideoSample; at: number } | null = null;
  const listener = (data: unknown, sender: Runtime.MessageSender) => {
    const message = data as Partial<FrameSampleMessage> | null;
    if (sender.id !== browser.runtime.id || sender.tab || message?.type !== FRAME_SAMPLE) return undefined;
    if (message.service === service && message.sample) last = { sample: message.sample, at: now() };
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
  return () => (last && now() - last.at <= FRESH_MS ? last.sample : null);
}
