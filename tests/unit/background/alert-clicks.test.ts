import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenToAlertClicks, UP_NEXT_POPUP } from '../../../lib/background/alerts/alert-clicks';

type Listener = (id: string, index?: number) => void;

let clicked: Listener[];
let pressed: Listener[];
let cleared: string[];
let popups: string[];
let openPopup: ReturnType<typeof vi.fn>;
let tabs: string[];

beforeEach(() => {
  clicked = [];
  pressed = [];
  cleared = [];
  popups = [];
  tabs = [];
  openPopup = vi.fn(async () => undefined);
  Object.assign(fakeBrowser, {
    notifications: {
      onClicked: { addListener: (fn: Listener) => clicked.push(fn) },
      onButtonClicked: { addListener: (fn: Listener) => pressed.push(fn) },
      clear: async (id: string) => cleared.push(id),
    },
  });
  Object.assign(fakeBrowser.action, {
    setPopup: async ({ popup }: { popup: string }) => {
      popups.push(popup);
    },
    openPopup,
  });
  Object.assign(fakeBrowser.tabs, {
    create: async ({ url }: { url: string }) => {
      tabs.push(url);
      return {};
    },
  });
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("an alert's clicks", () => {
  it('listen at once, so a click that wakes the worker is heard, and only once however often asked', () => {
    const listen = listenToAlertClicks({ markWatched: vi.fn() });
    listen();
    listen();
    expect(clicked).toHaveLength(1);
    expect(pressed).toHaveLength(1);
  });

  it("open the popup's Up next, and put the popup back as it was", async () => {
    listenToAlertClicks({ markWatched: vi.fn() })();
    clicked[0]?.('simkl-alert:group:show:500:2:2,anime:601::20');
    await flush();
    expect(popups).toEqual([UP_NEXT_POPUP, 'popup.html']);
    expect(UP_NEXT_POPUP).toBe('popup.html?view=upnext');
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(tabs).toEqual([]);
    expect(cleared).toEqual(['simkl-alert:group:show:500:2:2,anime:601::20']);
  });

  it('open the show on Simkl where the browser cannot open the popup from a notification', async () => {
    openPopup.mockRejectedValue(new Error('not from this event'));
    listenToAlertClicks({ markWatched: vi.fn() })();
    clicked[0]?.('simkl-alert:anime:601::20');
    await flush();
    expect(tabs).toEqual(['https://simkl.com/anime/601']);
  });

  it('ignore notifications that are not alerts', async () => {
    listenToAlertClicks({ markWatched: vi.fn() })();
    clicked[0]?.('something-else');
    await flush();
    expect(openPopup).not.toHaveBeenCalled();
    expect(tabs).toEqual([]);
  });

  it('Mark watched writes that one episode once, through the episode write', async () => {
    const markWatched = vi.fn(async () => undefined);
    listenToAlertClicks({ markWatched })();
    pressed[0]?.('simkl-alert:show:500:2:5', 0);
    pressed[0]?.('simkl-alert:show:500:2:5', 0);
    await flush();
    expect(markWatched).toHaveBeenCalledTimes(1);
    expect(markWatched).toHaveBeenCalledWith({
      media: { site: 'imdb', kind: 'show', ids: { simkl: 500 } },
      action: 'watch',
      season: 2,
      episode: 5,
    });
    expect(cleared).toEqual(['simkl-alert:show:500:2:5']);
  });

  it('Mark watched does nothing on a grouped alert', async () => {
    const markWatched = vi.fn(async () => undefined);
    listenToAlertClicks({ markWatched })();
    pressed[0]?.('simkl-alert:group:show:500:2:2,show:502:3:10', 0);
    await flush();
    expect(markWatched).not.toHaveBeenCalled();
  });
});
