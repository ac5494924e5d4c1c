import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../lib/background/intents/router';
import type { SenderInfo } from '../../../lib/background/intents/sender';
import { createListHandlers } from '../../../lib/background/items/list-handlers';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { Library } from '../../../lib/library/types';
import { type ListedState, MAX_LISTED_TITLES, PROTOCOL_TAG } from '../../../lib/messaging';
import { cachedSimklIds, openResolveDb, saveAnswer } from '../../../lib/resolve/cache';
import { createFakeSimkl, type FakeSimkl } from '../library/fake-simkl';
import { entryOf, FMA, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';

const rules = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours' };
const imdbTab: SenderInfo = { id: 'ours', url: 'https://www.imdb.com/chart/top/', tab: { id: 3 } };
const popup: SenderInfo = { id: 'ours', url: 'chrome-extension://ours/popup.html' };
const stranger: SenderInfo = { id: 'another', url: 'https://www.imdb.com/chart/top/', tab: { id: 3 } };
const message = (data: unknown) => ({ protocol: PROTOCOL_TAG, intent: 'listStates', data });
const title = (imdb: string) => ({ site: 'imdb', kind: 'movie', ids: { imdb } });

let simkl: FakeSimkl;
let library: Library;

beforeEach(async () => {
  freshIndexedDb();
  simkl = createFakeSimkl();
  library = createLibrary({ api: simkl.api, db: openLibraryDb() });
  simkl.seed(entryOf(MATRIX, { status: 'completed', rating: 8 }));
  simkl.seed(entryOf(GOT, { status: 'watching', watchedEpisodes: 5, totalEpisodes: 12 }));
  simkl.seed(entryOf(FMA, { status: 'plantowatch' }));
  await library.sync();
  simkl.resetCalls();
});

describe('listStates', () => {
  it('answers every title in order from the mirror, in one pass, with no request to Simkl', async () => {
    const lookupMany = vi.spyOn(library, 'lookupMany');
    const route = createRouter(createListHandlers({ library }), rules);
    const answer = await route(
      message({
        titles: [
          title('tt0133093'),
          title('tt9999999'),
          { site: 'imdb', kind: 'show', ids: { imdb: 'tt0944947' } },
          // Every title from the sending page's own site: the router refuses any other.
          { site: 'imdb', ids: { imdb: 'tt1355642' } },
        ],
      }),
      imdbTab,
    );
    const expected: Array<ListedState | null> = [
      { status: 'completed', rating: 8 },
      null,
      { status: 'watching', rating: null, watched: 5, total: 12 },
      { status: 'plantowatch', rating: null },
    ];
    expect(answer).toEqual({ ok: true, value: expected });
    expect(lookupMany).toHaveBeenCalledTimes(1);
    expect(simkl.calls).toHaveLength(0);
  });

  it('refuses a title of another site than the sending page', async () => {
    const route = createRouter(createListHandlers({ library }), rules);
    const answer = await route(
      message({ titles: [{ site: 'mal', kind: 'anime', ids: { mal: '5114' } }] }),
      imdbTab,
    );
    expect(answer?.ok).toBe(false);
  });

  it('is refused to our own pages and not answered for another extension', async () => {
    const route = createRouter(createListHandlers({ library }), rules);
    const fromPopup = await route(message({ titles: [title('tt0133093')] }), popup);
    expect(fromPopup?.ok).toBe(false);
    expect(route(message({ titles: [] }), stranger)).toBeUndefined();
  });

  it.each([
    ['too many titles', { titles: Array.from({ length: MAX_LISTED_TITLES + 1 }, () => title('tt0133093')) }],
    ['not a list', { titles: 'tt0133093' }],
    ['a bad id', { titles: [title('javascript:alert(1)')] }],
    ['a title without ids', { titles: [{ site: 'imdb', ids: {} }] }],
  ])('refuses %s', async (_name, data) => {
    const handler = vi.fn();
    const route = createRouter({ listStates: handler }, rules);
    const answer = await route(message(data), imdbTab);
    expect(answer?.ok).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it('takes the largest list allowed', async () => {
    const route = createRouter(createListHandlers({ library }), rules);
    const titles = Array.from({ length: MAX_LISTED_TITLES }, (_, n) => title(`tt${n + 1}`));
    const answer = await route(message({ titles }), imdbTab);
    expect(answer?.ok && answer.value).toHaveLength(MAX_LISTED_TITLES);
  });
});

describe('listStates on Netflix', () => {
  const netflix = (id: string) => ({ site: 'netflix' as const, ids: { netflix: id } });

  it('finds a title the mirror lacks Netflix ids for by the Simkl id an earlier lookup cached, and asks Simkl nothing', async () => {
    const db = openResolveDb('list-states-resolve');
    // The Matrix was resolved on its Netflix page before; 111 was looked up and Simkl had nothing.
    await saveAnswer(db, 'netflix:20557937', { items: [MATRIX], at: 1 });
    await saveAnswer(db, 'netflix:111', { items: [], at: 1 });
    const handlers = createListHandlers({
      library,
      cachedSimklIds: (keys) => cachedSimklIds(db, keys),
    });
    const answer = await handlers.listStates(
      { titles: [netflix('20557937'), netflix('111'), netflix('222')] },
      { from: 'content' },
    );
    expect(answer).toEqual([{ status: 'completed', rating: 8 }, null, null]);
    expect(simkl.calls).toHaveLength(0);
    // Without the cache, the mirror alone cannot tell (Simkl's library never carries Netflix ids).
    const bare = await createListHandlers({ library }).listStates(
      { titles: [netflix('20557937')] },
      { from: 'content' },
    );
    expect(bare).toEqual([null]);
  });
});

describe('listStates on the anime sites', () => {
  const anilist = (id: string) => ({
    site: 'anilist' as const,
    kind: 'anime' as const,
    ids: { anilist: id },
  });

  it('finds an AniList entry by the Simkl id its page’s lookup cached, and nothing for one never resolved', async () => {
    const db = openResolveDb('list-states-anime-resolve');
    // Fullmetal Alchemist's AniList page was visited: its /search/id?anilist= answer is cached.
    await saveAnswer(db, 'anilist:5114', { items: [FMA], at: 1 });
    const handlers = createListHandlers({ library, cachedSimklIds: (keys) => cachedSimklIds(db, keys) });
    const answer = await handlers.listStates(
      { titles: [anilist('5114'), anilist('1535')] },
      { from: 'content' },
    );
    expect(answer).toEqual([{ status: 'plantowatch', rating: null }, null]);
    expect(simkl.calls).toHaveLength(0);
  });
});
