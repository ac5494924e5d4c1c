/**
 * The pages' side of the title index: the control shows a listed title's state before the background
 * answers, and the background's answer wins; the badges read it without a message. No index (signed
 * out, another version) = as before: wait for the background, ask it.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { DetectedMedia } from '../../../lib/media';
import type { Answer, ItemView } from '../../../lib/messaging';
import { indexedLookup } from '../../../lib/page/badges/indexed-lookup';
import { earlyViewFrom } from '../../../lib/page/control/early-view';
import { createPageControl, type PageControl } from '../../../lib/page/control/page-control';
import { mapLookup, scanLookup } from '../../../lib/title-index/decode';
import { encodeTitleIndex } from '../../../lib/title-index/encode';
import { TITLE_INDEX_KEY, TITLE_INDEX_USER_KEY, TITLE_INDEX_VERSION } from '../../../lib/title-index/format';
import { createTitleIndexReader, isTitleIndexChange } from '../../../lib/title-index/read';
import { entryOf, GOT, MATRIX } from '../library/fixtures';
import { fakeBackground, itemView, settle, shownText, stubI18n } from './helpers';

const MOVIE: DetectedMedia = { site: 'imdb', kind: 'movie', ids: { imdb: 'tt0133093' }, title: 'The Matrix' };
const EPISODE: DetectedMedia = {
  site: 'imdb',
  kind: 'episode',
  ids: { imdb: 'tt1480055' },
  show: { ids: { imdb: 'tt0944947' } },
};
const UNLISTED: DetectedMedia = { site: 'imdb', kind: 'movie', ids: { imdb: 'tt0000001' } };
const local = fakeBrowser.storage.local;

async function storeIndex(user = 1, pointer: object = { v: TITLE_INDEX_VERSION, user }): Promise<void> {
  const entries = [
    entryOf(MATRIX, { status: 'completed', rating: 9 }),
    entryOf(GOT, { status: 'watching', watchedEpisodes: 4, totalEpisodes: 73, nextToWatch: 'S01E05' }),
  ];
  await local.set({
    [TITLE_INDEX_KEY]: encodeTitleIndex(entries, user),
    [TITLE_INDEX_USER_KEY]: pointer,
  });
}

describe('the control, from the title index', () => {
  let control: PageControl | undefined;
  let root: HTMLElement;
  /** The background's answers to `status`, held until the test lets them through. */
  let answers: Array<(answer: Answer<ItemView>) => void>;

  beforeEach(() => {
    stubI18n();
    answers = [];
    fakeBrowser.runtime.onMessage.addListener(() => new Promise((resolve) => answers.push(resolve)));
    const host = document.createElement('span');
    document.body.replaceChildren(host);
    root = document.createElement('div');
    host.attachShadow({ mode: 'closed' }).append(root);
  });
  afterEach(() => {
    control?.destroy();
    control = undefined;
  });

  async function mount(media: DetectedMedia | undefined, identifying?: DetectedMedia): Promise<HTMLElement> {
    const early = earlyViewFrom(createTitleIndexReader(scanLookup, local));
    await act(() => {
      control = createPageControl(root, { media, revision: 0, early, identifying });
    });
    await settle();
    return root.querySelector<HTMLElement>('[data-testid="simkl-button"]')!;
  }

  it('shows a listed title at once, while the background has not answered; then its answer wins', async () => {
    await storeIndex();
    const button = await mount(MOVIE);
    expect(answers).toHaveLength(1);
    expect(shownText(button)).toContain('Simkl: Completed ★9');
    answers[0]?.({ ok: true, value: itemView({ status: 'plantowatch' }) });
    await settle();
    expect(shownText(root.querySelector('[data-testid="simkl-button"]'))).toContain('Simkl: Plan to Watch');
  });

  it("shows a bare Netflix id's indexed state while Netflix's metadata is awaited, asking the background nothing", async () => {
    await storeIndex();
    const bareId: DetectedMedia = { site: 'netflix', ids: { netflix: '70305903' } };
    const button = await mount(undefined, bareId);
    expect(shownText(button)).toContain('Simkl: Watching · S1E5 next');
    expect(answers).toHaveLength(0);
  });

  it("shows an episode page's show with its next episode", async () => {
    await storeIndex();
    expect(shownText(await mount(EPISODE))).toContain('Simkl: Watching · S1E5 next');
  });

  it.each([
    ['signed out (no index)', async () => undefined],
    ['an index of another version', () => storeIndex(1, { v: TITLE_INDEX_VERSION + 1, user: 1 })],
    ['a title not in the index', storeIndex],
  ])('%s: waits for the background, as before', async (_case, prepare) => {
    await prepare();
    const button = await mount(_case.startsWith('a title') ? UNLISTED : MOVIE);
    expect(shownText(button)).toContain('Simkl: loading');
    expect(answers).toHaveLength(1);
  });
});

describe('the badges, from the title index', () => {
  it('answer without a message', async () => {
    const background = fakeBackground({ listStates: () => [] });
    await storeIndex();
    const answer = await indexedLookup(createTitleIndexReader(mapLookup, local))([MOVIE, EPISODE, UNLISTED]);
    expect(answer).toEqual({
      ok: true,
      value: [
        { status: 'completed', rating: 9 },
        { status: 'watching', rating: null, watched: 4, total: 73 },
        null,
      ],
    });
    expect(background.calls).toEqual([]);
  });

  it('ask the background when there is no index to trust', async () => {
    const background = fakeBackground({ listStates: ({ titles }) => titles.map(() => null) });
    await storeIndex(1, { v: TITLE_INDEX_VERSION, user: 2 });
    const answer = await indexedLookup(createTitleIndexReader(mapLookup, local))([MOVIE]);
    expect(answer).toEqual({ ok: true, value: [null] });
    expect(background.callsOf('listStates')).toEqual([{ titles: [MOVIE] }]);
  });
});

describe('the reader', () => {
  it('reads once until told the index moved', async () => {
    await storeIndex();
    const reader = createTitleIndexReader(scanLookup, local);
    const first = await reader.read();
    await local.clear();
    expect(await reader.read()).toBe(first);
    reader.forget();
    expect(await reader.read()).toBeNull();
  });

  it('finds the pointer and the index in one round trip to storage (two would follow one another)', async () => {
    await storeIndex();
    const asked: unknown[] = [];
    const area = {
      get(keys: string[]) {
        asked.push(keys);
        return local.get(keys);
      },
    };
    const find = await createTitleIndexReader(scanLookup, area).read();
    expect(find?.({ ids: MOVIE.ids, kind: 'movie' })).toMatchObject({ status: 'completed', rating: 9 });
    expect(asked).toEqual([[TITLE_INDEX_USER_KEY, TITLE_INDEX_KEY]]);
  });

  it("never reads another user's index: a title listed only there shows no state", async () => {
    // Ben (2) is signed in; Ana's (1) index was left under a key of its own by an older version.
    await local.set({ 'titleIndex:1': encodeTitleIndex([entryOf(MATRIX, { status: 'completed' })], 1) });
    await local.set({
      [TITLE_INDEX_KEY]: encodeTitleIndex([entryOf(GOT, { status: 'watching' })], 2),
      [TITLE_INDEX_USER_KEY]: { v: TITLE_INDEX_VERSION, user: 2 },
    });
    const answers: unknown[] = [];
    const area = {
      async get(keys: string[]) {
        const answer = await local.get(keys);
        answers.push(answer);
        return answer;
      },
    };
    const find = await createTitleIndexReader(scanLookup, area).read();
    expect(find?.({ ids: MOVIE.ids, kind: 'movie' })).toBeNull();
    expect(JSON.stringify(answers)).not.toContain(MOVIE.ids.imdb);
  });

  it('reads no index when the pointer is gone or names another user', async () => {
    await storeIndex(1, { v: TITLE_INDEX_VERSION, user: 2 });
    expect(await createTitleIndexReader(scanLookup, local).read()).toBeNull();
    await local.remove(TITLE_INDEX_USER_KEY);
    expect(await createTitleIndexReader(scanLookup, local).read()).toBeNull();
  });

  it('knows which storage changes are the index’s', () => {
    expect(isTitleIndexChange({ [TITLE_INDEX_USER_KEY]: {} }, 'local')).toBe(true);
    expect(isTitleIndexChange({ [TITLE_INDEX_KEY]: {} }, 'local')).toBe(true);
    expect(isTitleIndexChange({ settings: {} }, 'local')).toBe(false);
    expect(isTitleIndexChange({ [TITLE_INDEX_USER_KEY]: {} }, 'sync')).toBe(false);
  });
});
