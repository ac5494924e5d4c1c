import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shortDate } from '../../../../lib/i18n';
import type { DetectedMedia } from '../../../../lib/media';
import type {
  EpisodeActionRequest,
  EpisodeActionView,
  EpisodesView,
  ItemView,
} from '../../../../lib/messaging';
import { episodePart } from '../../../../lib/page/control/episode-part';
import { createPageControl, type PageControl } from '../../../../lib/page/control/page-control';
import {
  type FakeBackground,
  fail,
  fakeBackground,
  itemView,
  settle,
  shownText,
  stubI18n,
  userClick,
  userKey,
} from '../helpers';

const EPISODE: DetectedMedia = {
  site: 'imdb',
  kind: 'episode',
  ids: { imdb: 'tt1205438' },
  show: { ids: { imdb: 'tt0436992' } },
  season: 4,
  episode: 13,
};
const SEASON: DetectedMedia = { site: 'imdb', kind: 'show', ids: { imdb: 'tt0436992' }, season: 4 };
const SHOW: DetectedMedia = { site: 'imdb', kind: 'show', ids: { imdb: 'tt0436992' } };
const MAL_EPISODE: DetectedMedia = {
  site: 'mal',
  kind: 'episode',
  ids: { mal: '57181' },
  show: { ids: { mal: '57181' } },
  episode: 5,
};
const WATCHED_AT = '2025-03-03T20:00:00Z';

let root: HTMLElement;
let shadow: ShadowRoot;
let control: PageControl | undefined;
let background: FakeBackground;
let view: ItemView;
let marks: EpisodesView['seasons'];
/** What the background's preview counts for the next catch-up or season write. */
let previewCount: number;
/** The first and last episode the preview names, when it names several. */
let previewRange: EpisodeActionView['range'];
const catalogue = [1, 2, 3].map((episode) => ({ season: 4, episode, aired: true }));

beforeEach(() => {
  stubI18n();
  view = itemView({ type: 'show', simkl: 2940, status: 'watching' });
  marks = { 4: { 13: WATCHED_AT, 1: null } };
  previewCount = 12;
  previewRange = undefined;
  background = fakeBackground({
    status: () => view,
    markWatched: () => view,
    episodes: ({ catalogue: withList }) => ({
      known: true,
      seasons: marks,
      ...(withList ? { catalogue } : {}),
    }),
    episodeAction: (request: EpisodeActionRequest) => {
      if (request.preview)
        return {
          count: previewCount,
          ...(previewRange && { range: previewRange }),
          item: view,
          episodes: { known: true, seasons: marks },
        };
      if (request.action === 'unwatch') marks = { 4: { 1: null } };
      if (request.action === 'catchUp') marks = { 4: { 1: null, 2: null, 13: WATCHED_AT } };
      if (request.action === 'watchSeason') marks = { 4: { 1: null, 2: null, 3: null, 13: WATCHED_AT } };
      view = { ...view, pendingWrites: 1 };
      return { count: previewCount, item: view, episodes: { known: true, seasons: marks } };
    },
  });
  const host = document.createElement('span');
  document.body.replaceChildren(host);
  shadow = host.attachShadow({ mode: 'closed' });
  root = document.createElement('div');
  shadow.append(root);
});

afterEach(() => {
  control?.destroy();
  control = undefined;
  vi.restoreAllMocks();
});

/** `withEpisodes`: the site's script hands the control the episode part (sites with episode pages do). */
async function show(media: DetectedMedia, confirmWrites = false, withEpisodes = true) {
  const episodes = withEpisodes ? episodePart : undefined;
  await act(() => {
    control = createPageControl(root, { media, revision: 0, confirmWrites, episodes });
  });
  await settle();
}

const button = () => root.querySelector<HTMLButtonElement>('[data-testid="simkl-button"]')!;
const entry = (action: string) => root.querySelector<HTMLElement>(`[data-action="${action}"]`);
const writes = () => background.callsOf('episodeAction') as EpisodeActionRequest[];

describe('an episode page', () => {
  it('on a site with no episode pages (no episode part), shows the title and asks the mirror nothing', async () => {
    await show(EPISODE, false, false);
    expect(shownText(button())).not.toContain('S4E13');
    expect(background.callsOf('episodes')).toEqual([]);
    await userClick(button());
    expect(entry('unwatch')).toBeNull();
    expect(entry('catch-up')).toBeNull();
    expect(entry('watched')).not.toBeNull();
  });

  it('says the episode is watched, and when, from the mirror', async () => {
    await show(EPISODE);
    expect(shownText(button())).toContain(`Simkl: S4E13 ✓ ${shortDate(WATCHED_AT)}`);
    expect(background.callsOf('episodes')).toContainEqual({ type: 'show', simkl: 2940, catalogue: false });
  });

  it('says not watched for an episode the mirror lacks, E5 for an anime on MAL', async () => {
    marks = { 1: { 4: null } };
    view = itemView({ type: 'anime', simkl: 1, status: 'watching' });
    await show(MAL_EPISODE);
    expect(shownText(button())).toContain('Simkl: E5 · not watched');
  });

  it('offers "Add to Simkl" for a show not on the lists, and asks nothing of the mirror', async () => {
    view = itemView({ type: 'show', simkl: 2940, status: null });
    await show(EPISODE);
    expect(shownText(button())).toContain('Add to Simkl');
    expect(background.callsOf('episodes')).toEqual([]);
  });

  it('shows the status label when the title is not matched, and asks nothing of the mirror', async () => {
    view = itemView({ known: false, simkl: undefined, type: undefined });
    await show(EPISODE);
    expect(shownText(button())).toContain('Add to Simkl');
    expect(background.callsOf('episodes')).toEqual([]);
  });

  it('offers Unwatch S4E13 (not Mark watched) for a watched episode, then catch-up, by the arrows', async () => {
    await show(EPISODE);
    await userClick(button());
    expect(entry('watched')).toBeNull();
    expect(shownText(entry('unwatch'))).toBe('Unwatch S4E13');
    expect(shownText(entry('catch-up'))).toBe('Mark watched up to here');
    expect(entry('watch-season')).toBeNull();
    entry('unwatch')?.focus();
    await userKey(entry('unwatch')!, 'ArrowDown');
    expect(shadow.activeElement?.getAttribute('data-k')).toBe('catch-up');
  });

  it("labels the rating as the show's on an episode page", async () => {
    await show(EPISODE);
    await userClick(button());
    expect(root.querySelector('.rates')?.getAttribute('aria-label')).toBe('Your rating of the show');
  });

  it('unwatches the episode and the label follows the answer at once', async () => {
    await show(EPISODE);
    await userClick(button());
    await userClick(entry('unwatch')!);
    expect(writes()).toEqual([{ media: EPISODE, action: 'unwatch', preview: false }]);
    expect(shownText(button())).toContain('Simkl: S4E13 · not watched');
    expect(shadow.activeElement?.getAttribute('data-k')).toBe('main');
  });

  it('offers Mark S4E13 watched in place of Unwatch for an episode not watched: the menu keeps its size', async () => {
    await show(EPISODE);
    await userClick(button());
    const watchedMenu = root.querySelectorAll('[role="menu"] .item').length;
    control?.destroy();
    marks = {};
    await show(EPISODE);
    await userClick(button());
    expect(entry('unwatch')).toBeNull();
    expect(shownText(entry('watched'))).toBe('Mark S4E13 watched');
    expect(root.querySelectorAll('[role="menu"] .item')).toHaveLength(watchedMenu);
  });

  it('asks for the count first, says it, and writes only when confirmed', async () => {
    marks = {};
    await show(EPISODE);
    await userClick(button());
    await userClick(entry('catch-up')!);
    expect(writes()).toEqual([{ media: EPISODE, action: 'catchUp', preview: true }]);
    const dialog = root.querySelector('[role="alertdialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe('Mark 12 episodes as watched?');
    previewRange = { first: { season: 4, episode: 2 }, last: { season: 4, episode: 13 } };
    await userClick(entry('cancel')!);
    await userClick(button());
    await userClick(entry('catch-up')!);
    expect(root.querySelector('[role="alertdialog"]')?.getAttribute('aria-label')).toBe(
      'Mark 12 episodes as watched (S4E2–S4E13)?',
    );
    expect(shadow.activeElement?.getAttribute('data-k')).toBe('confirm');
    await userClick(entry('confirm')!);
    expect(writes()).toEqual([
      { media: EPISODE, action: 'catchUp', preview: true },
      { media: EPISODE, action: 'catchUp', preview: true },
      { media: EPISODE, action: 'catchUp', preview: false },
    ]);
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(shownText(button())).toContain(`Simkl: S4E13 ✓ ${shortDate(WATCHED_AT)}`);
  });

  it('writes nothing when the confirmation is cancelled or dismissed with Escape', async () => {
    await show(EPISODE);
    await userClick(button());
    await userClick(entry('catch-up')!);
    await userClick(entry('cancel')!);
    await userClick(button());
    await userClick(entry('catch-up')!);
    await userKey(entry('confirm')!, 'Escape');
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(shadow.activeElement?.getAttribute('data-k')).toBe('main');
    expect(writes().every((request) => request.preview)).toBe(true);
    expect(writes()).toHaveLength(2);
  });

  it('says "Mark 1 episode" for one, and writes nothing when there is nothing to mark', async () => {
    previewCount = 1;
    await show(EPISODE);
    await userClick(button());
    await userClick(entry('catch-up')!);
    expect(root.querySelector('[role="alertdialog"]')?.getAttribute('aria-label')).toBe(
      'Mark 1 episode as watched?',
    );
    await userClick(entry('cancel')!);
    previewCount = 0;
    await userClick(button());
    await userClick(entry('catch-up')!);
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(shownText(root.querySelector('#simkl-note'))).toBe('Nothing to mark: those episodes are watched');
    expect(writes().filter((request) => !request.preview)).toEqual([]);
  });

  it('shows why an action failed, and keeps the label', async () => {
    background.handlers.episodeAction = () => fail('offline');
    await show(EPISODE);
    await userClick(button());
    await userClick(entry('unwatch')!);
    expect(shownText(root.querySelector('#simkl-note'))).toMatch(/^not saved: /);
    expect(shownText(button())).toContain('Simkl: S4E13 ✓');
  });

  it('asks before Unwatch when the user wants confirmations', async () => {
    await show(EPISODE, true);
    await userClick(button());
    await userClick(entry('unwatch')!);
    expect(writes()).toEqual([]);
    expect(root.querySelector('[role="alertdialog"]')?.getAttribute('aria-label')).toBe(
      'Change on Simkl: Unwatch?',
    );
    await userClick(entry('confirm')!);
    expect(writes()).toEqual([{ media: EPISODE, action: 'unwatch', preview: false }]);
  });
});

describe('a season page', () => {
  it('says how many of the aired regular episodes are watched', async () => {
    await show(SEASON);
    expect(background.callsOf('episodes')).toContainEqual({ type: 'show', simkl: 2940, catalogue: true });
    expect(shownText(button())).toContain('Season 4 · 1/3 watched');
  });

  it('offers Mark season watched (not the episode entries), confirmed with the count', async () => {
    previewCount = 2;
    await show(SEASON);
    await userClick(button());
    expect(entry('watched')).toBeNull();
    expect(entry('unwatch')).toBeNull();
    expect(entry('catch-up')).toBeNull();
    expect(shownText(entry('watch-season'))).toBe('Mark season watched');
    await userClick(entry('watch-season')!);
    expect(root.querySelector('[role="alertdialog"]')?.getAttribute('aria-label')).toBe(
      'Mark 2 episodes as watched?',
    );
    await userClick(entry('confirm')!);
    expect(writes()).toEqual([
      { media: SEASON, action: 'watchSeason', preview: true },
      { media: SEASON, action: 'watchSeason', preview: false },
    ]);
    // The answer carries no catalogue: the season's total stays the one the page had.
    expect(shownText(button())).toContain('Season 4 · 3/3 watched');
  });

  it('offers Unmark season once every aired episode is watched, naming the episodes it takes back', async () => {
    marks = { 4: { 1: null, 2: null, 3: WATCHED_AT } };
    previewCount = 3;
    previewRange = { first: { season: 4, episode: 1 }, last: { season: 4, episode: 3 } };
    await show(SEASON);
    await userClick(button());
    expect(entry('watch-season')).toBeNull();
    expect(shownText(entry('unwatch-season'))).toBe('Unmark season');
    expect(root.querySelector('.rates')?.getAttribute('aria-label')).toBe('Your rating of the show');
    await userClick(entry('unwatch-season')!);
    expect(root.querySelector('[role="alertdialog"]')?.getAttribute('aria-label')).toBe(
      'Unmark season 4 (S4E1–S4E3)?',
    );
    await userClick(entry('confirm')!);
    expect(writes()).toEqual([
      { media: SEASON, action: 'unwatchSeason', preview: true },
      { media: SEASON, action: 'unwatchSeason', preview: false },
    ]);
  });
});

describe('a title page', () => {
  it('has no episode entries and asks nothing of the mirror', async () => {
    await show(SHOW);
    await userClick(button());
    expect(root.querySelector('[role="menu"]')).not.toBeNull();
    for (const action of ['unwatch', 'catch-up', 'watch-season']) expect(entry(action)).toBeNull();
    expect(background.callsOf('episodes')).toEqual([]);
    expect(shownText(button())).toContain('Simkl: Watching');
    expect(root.querySelector('.rates')?.getAttribute('aria-label')).toBe('Your rating');
  });

  it('offers Mark S4E3 watched for the next episode the label names, and marks it', async () => {
    view = itemView({
      type: 'show',
      simkl: 2940,
      status: 'watching',
      progress: { watched: 2, next: 'S04E03' },
    });
    await show(SHOW);
    await userClick(button());
    expect(shownText(entry('watched-next'))).toBe('Mark S4E3 watched');
    await userClick(entry('watched-next')!);
    expect(background.callsOf('markWatched')).toEqual([{ media: SHOW, scope: 'next' }]);
  });

  it('keeps the next-episode entry, disabled, when there is none or it has not aired', async () => {
    const airsAt = new Date(Date.now() + 86_400_000).toISOString();
    view = itemView({
      type: 'show',
      simkl: 2940,
      status: 'watching',
      progress: { watched: 2, next: 'S04E03', nextAirsAt: airsAt },
    });
    await show(SHOW);
    await userClick(button());
    expect(shownText(entry('watched-next'))).toBe('Mark next episode watched');
    expect(entry('watched-next')?.getAttribute('aria-disabled')).toBe('true');
    await userClick(entry('watched-next')!);
    expect(background.callsOf('markWatched')).toEqual([]);
  });
});
