import { beforeEach, describe, expect, it } from 'vitest';
import type { HandlerContext } from '../../../lib/background/intents/handler-types';
import { SimklError } from '../../../lib/errors';
import type { DetectedMedia } from '../../../lib/media';
import { readLocalItemView, startLocalReads } from '../../../lib/read-model/local-view';
import { ANA, BEN } from '../library/accounts';
import { entryOf, FMA, GOT, MATRIX } from '../library/fixtures';
import { backgroundWorld, sessionOf } from './fixtures';

// A content script's question: the background adds no air dates to it, so both views compare whole.
const page: HandlerContext = { from: 'content', tabId: 1 };
const gotPage: DetectedMedia = {
  site: 'imdb',
  kind: 'show',
  ids: { imdb: 'tt0944947' },
  title: 'Game of Thrones',
};
const gotEpisode: DetectedMedia = {
  site: 'imdb',
  kind: 'episode',
  ids: { imdb: 'tt1480055' },
  show: { ids: { imdb: 'tt0944947' }, title: 'Game of Thrones' },
  season: 1,
  episode: 3,
};
const matrixPage: DetectedMedia = {
  site: 'imdb',
  kind: 'movie',
  ids: { imdb: 'tt0133093' },
  title: 'The Matrix',
};
// Simkl's library answers lack the anime's IMDb id: only the cached lookup ties the page to the entry.
const fmaByImdb: DetectedMedia = { site: 'imdb', kind: 'show', ids: { imdb: 'tt1355642' }, title: 'FMA: B' };

let world: Awaited<ReturnType<typeof backgroundWorld>>;

beforeEach(async () => {
  world = await backgroundWorld();
  world.ana.seed(
    entryOf(GOT, { status: 'watching', watchedEpisodes: 2, totalEpisodes: 73, nextToWatch: 'S01E03' }),
  );
  world.ana.seed(
    entryOf({ ...FMA, ids: { simkl: FMA.ids.simkl, mal: '5114' } }, { status: 'completed', rating: 9 }),
  );
  await world.library.sync();
  world.accounts.resetCalls();
});

describe('the popup reads the view the background answers', () => {
  it('for a mirrored title and an episode of it, with no request', async () => {
    for (const media of [gotPage, gotEpisode]) {
      const local = await readLocalItemView(media);
      expect(local).toMatchObject({
        status: 'watching',
        progress: { watched: 2, total: 73, next: 'S01E03' },
      });
      expect(local).toEqual(await world.handlers.status({ media }, page));
    }
    expect(world.ana.calls).toEqual([]);
  });

  it('with the writes Simkl has not confirmed yet played on top, and a failed one reported', async () => {
    await world.handlers.rate({ media: gotPage, rating: 8 }, page);
    await world.handlers.setStatus({ media: gotPage, status: 'completed' }, page);
    const local = await readLocalItemView(gotPage);
    expect(local).toMatchObject({ status: 'completed', rating: 8, pendingWrites: 2 });
    expect(local).toEqual(await world.handlers.status({ media: gotPage }, page));

    world.ana.fail('addRatings', new SimklError('bad-request', 'refused'));
    await world.outbox.flush();
    const afterFailure = await readLocalItemView(gotPage);
    expect(afterFailure?.failure?.kind).toBe('bad-request');
    expect(afterFailure).toEqual(await world.handlers.status({ media: gotPage }, page));
  });

  it("for a title only the resolver's cache names, once the background has looked it up", async () => {
    expect(await readLocalItemView(fmaByImdb)).toBeNull();
    expect(await readLocalItemView(matrixPage)).toBeNull();
    const fma = await world.handlers.status({ media: fmaByImdb }, page);
    const matrix = await world.handlers.status({ media: matrixPage }, page);
    expect(fma).toMatchObject({ simkl: FMA.ids.simkl, status: 'completed', rating: 9 });
    expect(matrix).toMatchObject({ simkl: MATRIX.ids.simkl, status: null, known: true });
    world.accounts.resetCalls();
    expect(await readLocalItemView(fmaByImdb)).toEqual(fma);
    expect(await readLocalItemView(matrixPage)).toEqual(matrix);
    expect(world.ana.calls).toEqual([]);
  });
});

describe('the reads the popup starts before it knows its title', () => {
  it('answer any title like a fresh read, the queue as it stood when they started', async () => {
    const reads = startLocalReads();
    expect(await readLocalItemView(gotPage, reads)).toEqual(await readLocalItemView(gotPage));
    expect(await readLocalItemView(gotEpisode, reads)).toEqual(await readLocalItemView(gotEpisode));
    // The queue read ahead misses a later write (the mirror is read live): so the popup uses its read
    // ahead for the first view only, and reads afresh for every later revision.
    await world.handlers.rate({ media: gotPage, rating: 7 }, page);
    expect(await readLocalItemView(gotPage, reads)).toMatchObject({ pendingWrites: 0 });
    expect(await readLocalItemView(gotPage)).toMatchObject({ rating: 7, pendingWrites: 1 });
  });

  it('started signed out, answer nothing of their own', async () => {
    await world.sessions.clear();
    const reads = startLocalReads();
    expect(await readLocalItemView(gotPage, reads)).toBeNull();
  });
});

describe('the popup shows nothing of its own when only the background can tell', () => {
  it('signed out: the session and who it was are gone together, the mirror still full', async () => {
    await world.sessions.clear();
    expect(await world.library.entries()).not.toEqual([]);
    expect(await readLocalItemView(gotPage)).toBeNull();
  });

  it("another account signed in: the mirror still holds the last one's lists", async () => {
    world.accounts.signIn(BEN);
    await world.sessions.save(sessionOf(BEN));
    expect(await readLocalItemView(gotPage)).toBeNull();
    // Once the background has emptied it for Ben (his first read), it is his: and he has no GOT.
    await world.library.sync();
    expect(await readLocalItemView(gotPage)).toBeNull();
    expect(await readLocalItemView(matrixPage)).toBeNull();
  });

  it('the user not known yet (the session has no user id)', async () => {
    await world.sessions.save({ ...sessionOf(ANA), user: { name: 'Ana' } });
    expect(await readLocalItemView(gotPage)).toBeNull();
  });
});
