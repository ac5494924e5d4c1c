// A control script's player comes as a part on watch pages only: at load, or when the site navigates
// there client-side; once, however often the site navigates afterwards; again after a failure.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PartName } from '../../../lib/messaging/part-names';
import { playerOnWatchPages } from '../../../lib/page/control/player-on-watch-pages';
import type { SiteScript } from '../../../lib/page/control/run-site-script';
import { registerPart } from '../../../lib/page/parts/part-registry';
import { fail, fakeBackground } from './helpers';

const BROWSE = 'https://www.netflix.com/browse';
const WATCH = 'https://www.netflix.com/watch/80100172';
const setUrl = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
const isWatch = (href: string) => new URL(href).pathname.startsWith('/watch/');
const site: SiteScript = { media: async () => null, setPlayback: () => {}, setPlaybackView: () => {} };

let ctx: ContentScriptContext;
let start: ReturnType<typeof vi.fn>;

beforeEach(() => {
  ctx = new ContentScriptContext('test');
  start = vi.fn(async () => {});
});

/** The worker, as executeScript would run the part's file: it registers a player whose start is `start`. */
const injects = () => ({
  loadPart: ({ part }: { part: PartName }) => {
    registerPart(part, { start });
    return { loaded: true as const };
  },
});

afterEach(() => {
  ctx.notifyInvalidated();
  setUrl('about:blank');
});

/** The runner's location poll, as the site's pushState leaves it to find. */
const navigate = async (url: string) => {
  setUrl(url);
  await vi.advanceTimersByTimeAsync(600);
};

describe('the player on watch pages', () => {
  it('starts at once on a watch page, with the script’s own context and site', async () => {
    setUrl(WATCH);
    fakeBackground(injects());
    playerOnWatchPages(ctx, site, 'netflix-player', isWatch);
    await vi.waitFor(() => expect(start).toHaveBeenCalledWith(ctx, site));
  });

  it('waits on a browse page, starts when the site navigates to a watch page, and only once', async () => {
    vi.useFakeTimers();
    setUrl(BROWSE);
    const background = fakeBackground(injects());
    playerOnWatchPages(ctx, site, 'netflix-player', isWatch);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(start).not.toHaveBeenCalled();
    await navigate(WATCH);
    await navigate(BROWSE);
    await navigate(`${WATCH}0`);
    expect(start).toHaveBeenCalledTimes(1);
    expect(background.callsOf('loadPart')).toEqual([{ part: 'netflix-player' }]);
  });

  it('asks again at the next watch page when the worker could not put it in', async () => {
    vi.useFakeTimers();
    setUrl(WATCH);
    const background = fakeBackground({ loadPart: () => fail('internal') });
    playerOnWatchPages(ctx, site, 'netflix-player', isWatch);
    await vi.advanceTimersByTimeAsync(100);
    expect(start).not.toHaveBeenCalled();
    background.handlers.loadPart = injects().loadPart;
    await navigate(`${WATCH}0`);
    expect(start).toHaveBeenCalledTimes(1);
  });
});
