import { defineContentScript } from 'wxt/utils/define-content-script';
import { reportFrameSamples } from '../lib/player/frame-relay';
import { crunchyrollPlayerFrame } from '../lib/sites/crunchyroll/player';

/**
 * The older Crunchyroll player's frame on static.crunchyroll.com (docs/sites.md, Crunchyroll: the
 * player): registered with the site at runtime, in every frame, it only reports its video's samples;
 * the watch page's own script decides what to send (docs/architecture.md, A playback).
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => {
    // The frame relay forwards a child frame's samples only: the top frame reads its own video.
    if (window.top === window) return;
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    reportFrameSamples(crunchyrollPlayerFrame, controller.signal);
  },
});
