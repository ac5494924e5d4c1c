import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectedMedia } from '../../../lib/media';
import { runListBadges } from '../../../lib/page/badges/run-list-badges';
import type { ListedTitle } from '../../../lib/sites/adapter';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../lib/store/settings';
import { TITLE_INDEX_KEY, TITLE_INDEX_USER_KEY } from '../../../lib/title-index/format';
import { fakeBackground, settle, stubI18n } from './helpers';

const adapter = {
  id: 'imdb' as const,
  detect: () => null,
  listed: (_url: string, doc: Document): ListedTitle[] =>
    [...doc.querySelectorAll<HTMLAnchorElement>('a[data-id]')].map((element) => ({
      element,
      media: { site: 'imdb', kind: 'movie', ids: { imdb: element.dataset.id as string } },
    })),
};

const hosts = () => document.querySelectorAll('[data-simkl-badge]').length;
let ctx: ContentScriptContext;
let readyState: DocumentReadyState;

/** The page is still parsing until `parsed()`: the script started at document_start. */
function parsing(): { parsed(): void } {
  readyState = 'loading';
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
  return {
    parsed() {
      readyState = 'interactive';
      document.dispatchEvent(new Event('DOMContentLoaded'));
    },
  };
}

beforeEach(() => {
  stubI18n();
  fakeBackground({ listStates: ({ titles }: { titles: DetectedMedia[] }) => titles.map(() => null) });
  document.body.innerHTML =
    '<ul><li><a data-id="tt1" href="/title/tt1/">One</a></li><li><a data-id="tt2" href="/title/tt2/">Two</a></li></ul>';
  ctx = new ContentScriptContext('test');
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('runListBadges', () => {
  it('reads storage once, while the page parses (the settings and the index by name), and badges every title once it is parsed', async () => {
    const once = [[[SETTINGS_KEY, TITLE_INDEX_USER_KEY, TITLE_INDEX_KEY]]];
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const page = parsing();
    const running = runListBadges(ctx, adapter);
    await settle();
    expect(get.mock.calls).toEqual(once);
    expect(hosts()).toBe(0);
    page.parsed();
    await running;
    await settle();
    expect(hosts()).toBe(2);
    expect(get.mock.calls).toEqual(once);
  });

  it('follows the settings as they are when the page is parsed, even if they changed while it parsed', async () => {
    const page = parsing();
    const running = runListBadges(ctx, adapter);
    await settle();
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, listBadges: { ...DEFAULT_SETTINGS.listBadges, imdb: false } },
    });
    await settle();
    page.parsed();
    await running;
    await settle();
    expect(hosts()).toBe(0);
  });
});
