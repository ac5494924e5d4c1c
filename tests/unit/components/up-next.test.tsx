/**
 * Up next as the popup shows it, from the stores the background's own code filled (the mirror, the
 * calendar cache, the write queue): the row's words, the mark and the row after it.
 */
import { createStore, set } from 'idb-keyval';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UpNextList } from '../../../components/UpNextList';
import type { CalendarEntry } from '../../../lib/calendar';
import type { SimklItem } from '../../../lib/media';
import type { EpisodeActionView } from '../../../lib/messaging';
import { openOutboxDb, saveWrite } from '../../../lib/outbox/db';
import { ANA } from '../library/accounts';
import { entryOf } from '../library/fixtures';
import { type FakeBackground, fail, fakeBackground, settle, stubI18n } from '../page/helpers';
import { backgroundWorld } from '../read-model/fixtures';

const DAY = 24 * 3600 * 1000;
const SEVERANCE: SimklItem = {
  type: 'show',
  ids: { simkl: 9200020, imdb: 'tt11280740' },
  title: 'Severance',
};
const ONE_PIECE: SimklItem = { type: 'anime', ids: { simkl: 38636, mal: '21' }, title: 'One Piece' };
const DARK: SimklItem = { type: 'show', ids: { simkl: 9200018 }, title: 'Dark' };

let root: HTMLElement;
let world: Awaited<ReturnType<typeof backgroundWorld>>;
let background: FakeBackground;
/** The write the fake background's episode handler stored. */
let written: Promise<unknown> | undefined;

async function cacheCalendar(kind: 'tv' | 'anime', entries: CalendarEntry[]) {
  await set(
    kind,
    { version: 2, entries, fetchedAt: Date.now() },
    createStore('simkl-extension-calendar', 'files'),
  );
}

beforeEach(async () => {
  stubI18n();
  written = undefined;
  world = await backgroundWorld();
  const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
  world.ana.seed(
    entryOf(SEVERANCE, {
      status: 'watching',
      nextToWatch: 'S02E04',
      watchedEpisodes: 12,
      totalEpisodes: 19,
      notAiredEpisodes: 2,
      lastWatchedAt: ago(1),
    }),
  );
  world.ana.seed(
    entryOf(ONE_PIECE, {
      status: 'watching',
      nextToWatch: 'E148',
      watchedEpisodes: 147,
      totalEpisodes: 150,
      notAiredEpisodes: 0,
      lastWatchedAt: ago(4),
    }),
  );
  world.ana.seed(
    entryOf(DARK, {
      status: 'hold',
      nextToWatch: 'S01E02',
      watchedEpisodes: 1,
      totalEpisodes: 26,
      notAiredEpisodes: 0,
    }),
  );
  await world.library.sync();
  await cacheCalendar('tv', [
    { simkl: 9200020, type: 'show', title: 'Severance', airsAt: ago(3), season: 2, episode: 4 },
  ]);
  background = fakeBackground({
    // The fake background waits for an async handler's answer (it resolves what the handler returns).
    episodeAction: ({ season, episode = 0 }) => {
      // What the background's episode handler does: one write in the outbox, its patch on the mirror.
      written = world.outbox.enqueue(
        { type: 'show', ids: SEVERANCE.ids, title: 'Severance' },
        { kind: 'watched', scope: 'episode', season, episode },
      );
      return { count: 1 } as EpisodeActionView;
    },
  });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

async function open() {
  await act(() => render(<UpNextList revision={0} />, root));
  await settle(12);
}

/** Lets IndexedDB and the renders run until `done` holds (a bounded number of rounds). */
async function settleUntil(done: () => boolean) {
  for (let round = 0; round < 1000 && !done(); round++) await settle(1);
}

const rows = () => [...root.querySelectorAll('[data-testid="up-next-row"]')];
const lineOf = (row: Element | undefined) => row?.querySelector('[data-testid="up-next-line"]')?.textContent;

describe('Up next', () => {
  it('lists the Watching shows with an aired episode left, the most recently watched first', async () => {
    await open();
    expect(rows().map((row) => row.querySelector('strong')?.textContent)).toEqual(['Severance', 'One Piece']);
    expect(lineOf(rows()[0])).toBe('S2E4 · aired 3 days ago · 5 left');
    // The anime's absolute number, and no air date the calendar does not give.
    expect(lineOf(rows()[1])).toBe('E148 · 3 left');
    expect(rows()[0]?.querySelector('button')?.textContent).toBe('Mark S2E4 watched');
    expect(rows()[0]?.querySelector<HTMLAnchorElement>('[data-testid="up-next-title"]')?.href).toBe(
      'https://simkl.com/tv/9200020',
    );
  });

  it('links the anime to MyAnimeList only because its id is known and the site is on', async () => {
    await open();
    const links = (row: Element | undefined) =>
      [...(row?.querySelectorAll<HTMLAnchorElement>('.site-link') ?? [])].map((a) => [a.textContent, a.href]);
    expect(links(rows()[1])).toEqual([['Open on MyAnimeList', 'https://myanimelist.net/anime/21']]);
    expect(links(rows()[0])).toEqual([]);
  });

  it('marks the next episode with one write, then shows the one after it, saying it is not saved yet', async () => {
    // The write is stamped now, like the user's mark: the show stays the most recently watched.
    world.clock.set(Date.now());
    await open();
    await act(() => rows()[0]?.querySelector('button')?.click());
    await written;
    // The background bumps the revision once the write and its patch are stored: the tab reads again.
    await act(() => render(<UpNextList revision={1} />, root));
    await settleUntil(() => lineOf(rows()[0]) === 'S2E5 · 4 left');
    expect(background.callsOf('episodeAction')).toEqual([
      {
        media: { site: 'imdb', kind: 'show', ids: { simkl: 9200020 }, title: 'Severance' },
        action: 'watch',
        episode: 4,
        season: 2,
      },
    ]);
    expect(lineOf(rows()[0])).toBe('S2E5 · 4 left');
    expect(rows()[0]?.querySelector('[data-testid="up-next-note"]')?.textContent).toBe('Saving to Simkl…');
  });

  it('says why a mark was refused, and keeps the episode', async () => {
    background.handlers.episodeAction = () => fail('server');
    await open();
    await act(() => rows()[0]?.querySelector('button')?.click());
    await settle(6);
    expect(rows()[0]?.querySelector('[data-testid="up-next-note"]')?.textContent).toMatch(/^Not saved: /);
    expect(lineOf(rows()[0])).toBe('S2E4 · aired 3 days ago · 5 left');
  });

  it('says a write waiting for its retry is not saved yet, and why', async () => {
    await saveWrite(openOutboxDb(), {
      id: 'w1',
      seq: 1,
      target: { type: 'show', ids: SEVERANCE.ids, title: 'Severance' },
      action: { kind: 'status', status: 'watching' },
      state: 'queued',
      attempts: 1,
      createdAt: Date.now(),
      error: { kind: 'offline', message: 'test offline' },
      user: ANA,
    });
    await open();
    expect(rows()[0]?.querySelector('[data-testid="up-next-note"]')?.textContent).toMatch(
      /^Waiting to save: /,
    );
    expect(rows()[1]?.querySelector('[data-testid="up-next-note"]')).toBeNull();
  });

  it('says so when signed out', async () => {
    await world.sessions.clear();
    await open();
    expect(root.textContent).toBe("Sign in to see what's next");
  });

  it('says so before the first sync has filled the mirror', async () => {
    await world.library.clear();
    await open();
    expect(root.textContent).toBe('Your lists are not synced yet: Up next shows them after the first sync.');
  });

  it("says you're up to date when no Watching show has an aired episode left", async () => {
    world.ana.seed(
      entryOf(SEVERANCE, {
        status: 'watching',
        nextToWatch: 'S02E08',
        watchedEpisodes: 17,
        totalEpisodes: 19,
        notAiredEpisodes: 2,
      }),
    );
    world.ana.seed(
      entryOf(ONE_PIECE, {
        status: 'completed',
        nextToWatch: null,
        watchedEpisodes: 150,
        totalEpisodes: 150,
      }),
    );
    await world.library.sync();
    await open();
    expect(root.textContent).toBe("Nothing aired is waiting: you're up to date");
  });
});
