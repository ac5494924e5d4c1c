/**
 * The frame relay (docs/architecture.md, A playback): a player frame's samples reach only its own tab's top
 * frame, only from a host its service owns; the browser's sender (tab, frame) decides, never the message.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { acceptFrameSamples, frameRelayOf } from '../../../lib/background/scrobble/frame-relay';
import { FRAME_SAMPLE, type FrameSampleMessage } from '../../../lib/messaging';
import { listenForRelayedVideo } from '../../../lib/player/frame-relay';

const HOSTS = { crunchyroll: ['static.crunchyroll.com'] };
const SAMPLE: FrameSampleMessage = {
  type: FRAME_SAMPLE,
  service: 'crunchyroll',
  sample: { currentTime: 600, duration: 1420, paused: false, seeking: false, ended: false },
};
const FRAME = {
  id: 'ext',
  url: 'https://static.crunchyroll.com/vilos-v2/web/vilos/player.html',
  frameId: 3,
  tab: { id: 7 },
};

const relay = (data: unknown, sender: Partial<typeof FRAME> = {}) =>
  frameRelayOf(data, { ...FRAME, ...sender }, 'ext', HOSTS);

describe('the frame relay in the background', () => {
  it("forwards a player frame's sample to its own tab", () => {
    expect(relay(SAMPLE)).toEqual({ tabId: 7, message: SAMPLE });
  });

  it('never relays to another tab, whatever the message names', () => {
    const forged = { ...SAMPLE, tabId: 99, frameId: 0, target: { tabId: 99 } };
    expect(relay(forged)).toEqual({ tabId: 7, message: SAMPLE });
    expect(relay(SAMPLE, { tab: { id: 12 } })?.tabId).toBe(12);
  });

  it("ignores a frame of a host the service does not own, and a service's sample from another's host", () => {
    expect(relay(SAMPLE, { url: 'https://ads.example.com/player.html' })).toBeNull();
    expect(relay({ ...SAMPLE, service: 'disneyplus' })).toBeNull();
    expect(relay(SAMPLE, { url: 'http://static.crunchyroll.com/vilos/player.html' })).toBeNull();
  });

  it('ignores the top frame, a sender without a tab, another extension and a malformed sample', () => {
    expect(relay(SAMPLE, { frameId: 0 })).toBeNull();
    expect(relay(SAMPLE, { tab: null as never })).toBeNull();
    expect(relay(SAMPLE, { id: 'other' })).toBeNull();
    expect(relay({ ...SAMPLE, sample: { ...SAMPLE.sample, currentTime: -1 } })).toBeNull();
    expect(relay({ ...SAMPLE, sample: { ...SAMPLE.sample, paused: 'no' } })).toBeNull();
    expect(relay({ ...SAMPLE, type: 'other' })).toBeNull();
  });
});

describe('the background listener', () => {
  it("sends the sample to the sender tab's top frame (frameId 0), and nothing for a stranger", async () => {
    let heard: ((data: unknown, sender: object) => void) | undefined;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((listener) => {
      heard = listener as unknown as typeof heard;
    });
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    acceptFrameSamples('ext', HOSTS);
    heard?.(SAMPLE, FRAME);
    heard?.(SAMPLE, { ...FRAME, url: 'https://www.crunchyroll.com/watch/G4VUQ1ZKW' });
    expect(sent.mock.calls).toEqual([[7, SAMPLE, { frameId: 0 }]]);
  });
});

describe('the relayed video in the top frame', () => {
  type Listener = (data: unknown, sender: object) => void;
  function listen() {
    let heard: Listener | undefined;
    vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((listener) => {
      heard = listener as unknown as Listener;
    });
    let now = 1_000;
    const relayed = listenForRelayedVideo('crunchyroll', new AbortController().signal, () => now);
    return {
      relayed,
      hear: (data: unknown, sender: object) => heard?.(data, sender),
      wait: (ms: number) => {
        now += ms;
      },
    };
  }
  const background = { id: fakeBrowser.runtime.id };

  it("uses the background's relayed sample while it is fresh", () => {
    const top = listen();
    expect(top.relayed()).toBeNull();
    top.hear(SAMPLE, background);
    expect(top.relayed()).toEqual(SAMPLE.sample);
    top.wait(5_000);
    expect(top.relayed()).toBeNull();
  });

  it("ignores a sample from a tab's script, another extension, or for another service", () => {
    const top = listen();
    top.hear(SAMPLE, { ...background, tab: { id: 7 } });
    top.hear(SAMPLE, { id: 'other' });
    top.hear({ ...SAMPLE, service: 'hulu' }, background);
    expect(top.relayed()).toBeNull();
  });
});
