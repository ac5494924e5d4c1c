import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedMedia } from '../../../lib/media';
import type { ItemView } from '../../../lib/messaging';
import { REVISION_KEYS } from '../../../lib/messaging';
import {
  type RunnerOptions,
  runSiteScript,
  type SiteScript,
} from '../../../lib/page/control/run-site-script';
import type { SiteAdapter } from '../../../lib/sites/adapter';
import { SETTINGS_KEY } from '../../../lib/store/settings';
import {
  askListeners,
  type FakeBackground,
  fakeBackground,
  itemView,
  keepShadowRoots,
  settle,
  shownText,
  stubI18n,
  userClick,
} from './helpers';

/** A site like IMDb: the id in the URL, the DOM's own id in a meta tag, the title in an h1. */
const testSite: SiteAdapter = {
  id: 'imdb',
  name: 'Test site',
  matches: ['http://localhost/*'],
  detect(url, doc) {
    const id = /\/title\/(tt\d+)/.exec(new URL(url).pathname)?.[1];
    if (!id) return null;
    const title = doc.querySelector('h1')?.textContent ?? undefined;
    return { site: 'imdb', kind: 'movie', ids: { imdb: id }, ...(title ? { title } : {}) };
  },
  anchor: (doc) => doc.querySelector('h1'),
  domId: (doc) => doc.querySelector('meta[name="page-id"]')?.getAttribute('content') ?? null,
};

function showPage(id: string, title: string, { anchor = true } = {}): void {
  document.head.innerHTML = `<meta name="page-id" content="${id}">`;
  document.body.innerHTML = anchor ? `<main><h1>${title}</h1><p>Plot</p></main>` : '<main><p>Plot</p></main>';
}

const controls = () => document.querySelectorAll('[data-simkl-control]');
let shadowOf: ReturnType<typeof keepShadowRoots>;
const button = (host = controls()[0]) =>
  shadowOf(host)?.querySelector<HTMLButtonElement>('[data-testid="simkl-button"]');
const statusAsks = () => background.callsOf('status') as { media: DetectedMedia }[];

let ctx: ContentScriptContext;
let background: FakeBackground;
let view: ItemView;
let script: SiteScript;

async function run(options: RunnerOptions = {}): Promise<void> {
  script = await runSiteScript(ctx, testSite, { pollMs: 10, anchorWaitMs: 30, ...options });
  await script.media();
  await settle();
}

async function navigate(path: string, changeDom?: () => void): Promise<void> {
  history.pushState({}, '', path);
  changeDom?.();
  await new Promise((resolve) => setTimeout(resolve, 40));
  await script.media();
  await settle();
}

beforeEach(() => {
  // WXT logs every context invalidation at debug level.
  vi.spyOn(console, 'debug').mockImplementation(() => {});
  stubI18n();
  shadowOf = keepShadowRoots();
  view = itemView({ status: 'plantowatch' });
  background = fakeBackground({ status: () => view });
  history.replaceState({}, '', '/title/tt0133093/');
  showPage('tt0133093', 'The Matrix');
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('mounting', () => {
  it('mounts one control right after the anchor, in a closed shadow root', async () => {
    await run();
    expect(controls()).toHaveLength(1);
    expect(controls()[0]?.shadowRoot).toBeNull();
    expect(controls()[0]?.textContent).toBe('');
    expect(document.querySelector('h1')?.nextElementSibling).toBe(controls()[0]);
    expect(shownText(button())).toContain('Simkl: Plan to Watch');
    expect(statusAsks()[0]?.media).toEqual({
      site: 'imdb',
      kind: 'movie',
      ids: { imdb: 'tt0133093' },
      title: 'The Matrix',
    });
  });

  it('started while the document is parsed (document_start), shows with its anchor and reads the whole document once parsed', async () => {
    let readyState: DocumentReadyState = 'loading';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
    document.body.innerHTML = '<main><h1>The Matrix</h1></main>';
    const started = runSiteScript(ctx, testSite, { pollMs: 10, anchorWaitMs: 30 });
    await settle();
    expect(controls()).toHaveLength(1);
    expect(shownText(button())).toContain('Simkl: Plan to Watch');
    expect(statusAsks().map((ask) => ask.media.title)).toEqual(['The Matrix']);
    // A page may dispatch the event itself: only the document's own state counts.
    document.querySelector('h1')?.append(' (1999)');
    document.dispatchEvent(new Event('readystatechange'));
    await settle();
    expect(statusAsks()).toHaveLength(1);
    readyState = 'interactive';
    document.dispatchEvent(new Event('readystatechange'));
    script = await started;
    expect((await script.media())?.title).toBe('The Matrix (1999)');
    await settle();
    expect(controls()).toHaveLength(1);
    expect(statusAsks().map((ask) => ask.media.title)).toEqual(['The Matrix', 'The Matrix (1999)']);
    expect(shownText(button())).toContain('Simkl: Plan to Watch');
  });

  it('placed beside a fallback anchor while the page is parsed, moves beside the preferred one once it is parsed', async () => {
    let readyState: DocumentReadyState = 'loading';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
    // Like Netflix's modal: the container is parsed before the title inside it.
    const site: SiteAdapter = {
      ...testSite,
      anchor: (doc) => doc.querySelector('h1') ?? doc.querySelector('main'),
    };
    document.body.innerHTML = '<main><p>Plot</p></main>';
    history.replaceState({}, '', '/title/tt0133093/');
    const started = runSiteScript(ctx, site, { pollMs: 10, anchorWaitMs: 30 });
    await settle();
    expect(controls()).toHaveLength(1);
    expect(controls()[0]?.previousElementSibling?.tagName).toBe('MAIN');
    document.body.insertAdjacentHTML('afterbegin', '<h1>The Matrix</h1>');
    readyState = 'interactive';
    document.dispatchEvent(new Event('readystatechange'));
    script = await started;
    await script.media();
    await settle();
    expect(controls()).toHaveLength(1);
    expect(controls()[0]?.previousElementSibling?.tagName).toBe('H1');
  });

  it('leaves one control when the page brings back a copy of its HTML with an old host in it', async () => {
    await run();
    history.pushState({}, '', '/title/tt0114814/');
    await new Promise((resolve) => setTimeout(resolve, 30));
    // The new title's page, restored from HTML saved while a control was in it, before its own id shows.
    document.querySelector('h1')?.insertAdjacentHTML('afterend', '<span data-simkl-control></span>');
    document.head.innerHTML = '<meta name="page-id" content="tt0114814">';
    await script.media();
    await settle();
    expect(controls()).toHaveLength(1);
    expect(button()).toBeTruthy();
  });

  it('removes a control left by an older copy of the script', async () => {
    document.body.insertAdjacentHTML('beforeend', '<simkl-control data-simkl-control></simkl-control>');
    await run();
    expect(controls()).toHaveLength(1);
    expect(button()).toBeTruthy();
  });

  it('floats at the bottom right when the anchor is missing', async () => {
    showPage('tt0133093', '', { anchor: false });
    await run();
    expect(controls()).toHaveLength(1);
    expect(controls()[0]?.hasAttribute('data-floating')).toBe(true);
    expect(controls()[0]?.parentElement).toBe(document.body);
  });

  it('docks a floating control once the anchor appears', async () => {
    showPage('tt0133093', '', { anchor: false });
    await run();
    document.querySelector('main')?.insertAdjacentHTML('afterbegin', '<h1>The Matrix</h1>');
    await vi.waitFor(() => expect(controls()[0]?.hasAttribute('data-floating')).toBe(false));
    expect(document.querySelector('h1')?.nextElementSibling).toBe(controls()[0]);
    expect(controls()).toHaveLength(1);
  });

  it('puts the control back when the site re-renders it away', async () => {
    await run();
    const host = controls()[0];
    document.querySelector('main')!.innerHTML = '<h1>The Matrix</h1>';
    await vi.waitFor(() => expect(controls()).toHaveLength(1));
    expect(controls()[0]).toBe(host);
    expect(document.querySelector('h1')?.nextElementSibling).toBe(host);
  });

  it('mounts nothing on a page that is not about a title', async () => {
    history.replaceState({}, '', '/chart/top/');
    await run();
    expect(controls()).toHaveLength(0);
    expect(statusAsks()).toHaveLength(0);
  });

  it('mounts nothing when the site is switched off, and follows the switch', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { sitesEnabled: { imdb: false } } });
    await run();
    expect(controls()).toHaveLength(0);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { sitesEnabled: { imdb: true } } });
    await script.media();
    await settle();
    expect(controls()).toHaveLength(1);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { sitesEnabled: { imdb: false } } });
    await settle();
    expect(controls()).toHaveLength(0);
  });

  it('removes its control when the extension goes away', async () => {
    await run();
    ctx.notifyInvalidated();
    expect(controls()).toHaveLength(0);
  });
});

describe('SPA navigation', () => {
  it('replaces the control exactly once per new title', async () => {
    await run();
    const first = controls()[0];
    const added: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element && node.hasAttribute('data-simkl-control')) added.push(node);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    view = itemView({ title: 'Heat', status: 'completed', rating: 9 });
    await navigate('/title/tt0113277/', () => showPage('tt0113277', 'Heat'));
    observer.disconnect();
    expect(added).toHaveLength(1);
    expect(controls()).toHaveLength(1);
    expect(controls()[0]).not.toBe(first);
    expect(first?.isConnected).toBe(false);
    expect(shownText(button())).toContain('Simkl: Completed ★9');
    expect(statusAsks().at(-1)?.media.ids).toEqual({ imdb: 'tt0113277' });
  });

  it('keeps the control when the URL changes but the title does not', async () => {
    await run();
    const host = controls()[0];
    await navigate('/title/tt0133093/?ref_=nv_sr_1');
    expect(controls()[0]).toBe(host);
    expect(statusAsks()).toHaveLength(1);
  });

  it('waits for a stale DOM to show the new title before mounting', async () => {
    await run();
    history.pushState({}, '', '/title/tt0113277/');
    await new Promise((resolve) => setTimeout(resolve, 60));
    // The old page is still on screen: no control, and nothing asked about the wrong title.
    expect(controls()).toHaveLength(0);
    expect(statusAsks()).toHaveLength(1);
    showPage('tt0113277', 'Heat');
    await script.media();
    await settle();
    expect(controls()).toHaveLength(1);
    expect(statusAsks().at(-1)?.media).toMatchObject({ ids: { imdb: 'tt0113277' }, title: 'Heat' });
  });

  it('never puts the old control back beside the next title before the poll notices the URL', async () => {
    await run({ pollMs: 400 });
    const old = controls()[0];
    // A browser without the Navigation API: only the poll sees pushState. The site re-renders at once.
    history.pushState({}, '', '/title/tt0113277/');
    showPage('tt0133093', 'Heat');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(old?.isConnected).toBe(false);
    expect(controls()).toHaveLength(0);
    showPage('tt0113277', 'Heat');
    await vi.waitFor(() => expect(controls()).toHaveLength(1), { timeout: 1_000 });
    expect(controls()[0]).not.toBe(old);
  });

  it('puts the control back after a navigation that kept the title, once the URL is adopted', async () => {
    await run({ pollMs: 100 });
    const host = controls()[0];
    history.pushState({}, '', '/title/tt0133093/?ref_=tt_sims');
    showPage('tt0133093', 'The Matrix');
    await vi.waitFor(() => expect(host?.isConnected).toBe(true), { timeout: 1_000 });
    expect(controls()).toHaveLength(1);
    expect(document.querySelector('h1')?.nextElementSibling).toBe(host);
  });

  it('gives up waiting for a stale DOM after the time limit', async () => {
    await run({ domWaitMs: 50 });
    await navigate('/title/tt0113277/');
    await vi.waitFor(() => expect(controls()).toHaveLength(1));
    expect(statusAsks().at(-1)?.media.ids).toEqual({ imdb: 'tt0113277' });
  });

  it('removes the control when the user leaves the title', async () => {
    await run();
    await navigate('/chart/top/', () => showPage('', 'Top 250'));
    expect(controls()).toHaveLength(0);
  });

  it('takes no orders from page events that fake a navigation', async () => {
    await run();
    const host = controls()[0];
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new CustomEvent(`${fakeBrowser.runtime.id}:test:wxt:locationchange`));
    window.postMessage({ type: 'simkl-current-media' }, '*');
    await settle();
    expect(controls()[0]).toBe(host);
    expect(statusAsks()).toHaveLength(1);
  });
});

describe('talking to the extension', () => {
  it('refreshes the control when the background bumps a revision', async () => {
    await run();
    view = itemView({ status: 'completed', rating: 7 });
    await fakeBrowser.storage.local.set({ [REVISION_KEYS.library]: 2 });
    await settle();
    expect(statusAsks()).toHaveLength(2);
    expect(shownText(button())).toContain('Simkl: Completed ★7');
  });

  it('ignores unrelated storage changes', async () => {
    await run();
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await settle();
    expect(statusAsks()).toHaveLength(1);
  });

  it("tells the extension's popup the current title, and nobody else", async () => {
    await run();
    const ask = (sender: { id?: string }) => askListeners({ type: 'simkl-current-media' }, sender);
    await expect(ask({ id: fakeBrowser.runtime.id })).resolves.toEqual({
      media: { site: 'imdb', kind: 'movie', ids: { imdb: 'tt0133093' }, title: 'The Matrix' },
    });
    await expect(ask({ id: 'another-extension' })).resolves.toBeUndefined();
    await expect(ask({})).resolves.toBeUndefined();
  });

  it("opens the control's menu on the keyboard command's message from the extension, and nobody else's", async () => {
    view = itemView();
    await run();
    const send = async (sender: { id?: string }) => {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'simkl-open-menu' }, sender);
      await settle();
    };
    await send({ id: 'another-extension' });
    expect(button()!.getAttribute('aria-expanded')).toBe('false');
    await send({ id: fakeBrowser.runtime.id });
    expect(button()!.getAttribute('aria-expanded')).toBe('true');
  });

  it('acts only on trusted clicks', async () => {
    view = itemView();
    background.handlers.setStatus = ({ status }) => (view = { ...view, status });
    await run();
    button()!.click();
    await settle();
    expect(button()!.getAttribute('aria-expanded')).toBe('false');
    await userClick(button()!);
    expect(button()!.getAttribute('aria-expanded')).toBe('true');
    await userClick(shadowOf(controls()[0])!.querySelector('[data-status="completed"]')!);
    expect(background.callsOf('setStatus')).toHaveLength(1);
  });
});

describe('resolving (Netflix)', () => {
  it('shows loading, then the resolved title', async () => {
    let finish: (media: DetectedMedia) => void = () => {};
    const resolve = vi.fn(() => new Promise<DetectedMedia | null>((done) => (finish = done)));
    script = await runSiteScript(ctx, testSite, { pollMs: 10, anchorWaitMs: 30, resolve });
    await settle();
    expect(shownText(button())).toContain('Simkl: loading');
    expect(statusAsks()).toHaveLength(0);
    finish({ site: 'netflix', kind: 'show', ids: { netflix: '80057281' }, title: 'Stranger Things' });
    await script.media();
    await settle();
    expect(statusAsks()[0]?.media.ids).toEqual({ netflix: '80057281' });
    expect(shownText(button())).toContain('Simkl: Plan to Watch');
  });

  it("says it couldn't identify the title when resolving fails", async () => {
    await run({ resolve: async () => null });
    expect(shownText(button())).toContain("Couldn't identify this title");
    expect(statusAsks()).toHaveLength(0);
    await expect(
      askListeners({ type: 'simkl-current-media' }, { id: fakeBrowser.runtime.id }),
    ).resolves.toEqual({ media: null });
  });
});
