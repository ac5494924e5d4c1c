import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SeasonList } from '../../../components/SeasonList';
import { seasonGroups } from '../../../components/season-groups';
import type { DetectedMedia } from '../../../lib/media';
import type { EpisodeActionRequest, EpisodesView } from '../../../lib/messaging';
import { type FakeBackground, fail, fakeBackground, itemView, settle, stubI18n } from '../page/helpers';
import { loadPopupParts } from '../popup/parts';

const SHOW: DetectedMedia = { site: 'imdb', kind: 'show', ids: { imdb: 'tt0386676' }, title: 'The Office' };
const VIEW = itemView({ type: 'show', simkl: 1234, status: 'watching' });
const catalogue = (season: number, count: number, aired = count) =>
  Array.from({ length: count }, (_, i) => ({
    season,
    episode: i + 1,
    title: `Ep ${season}.${i + 1}`,
    aired: i < aired,
  }));

let root: HTMLElement;
let background: FakeBackground;
let state: EpisodesView;

/** The fake background applies watch/unwatch/unwatchSeason to `state` as the real one answers. */
function apply({ action, season = 0, episode = 0 }: EpisodeActionRequest) {
  const seasons = structuredClone(state.seasons);
  if (action === 'watch') seasons[season] = { ...seasons[season], [episode]: '2026-01-01T00:00:00Z' };
  if (action === 'unwatch') delete seasons[season]?.[episode];
  if (action === 'unwatchSeason') delete seasons[season];
  state = { known: true, seasons };
  return { count: 1, item: VIEW, episodes: state };
}

beforeAll(loadPopupParts);

beforeEach(() => {
  stubI18n();
  state = {
    known: true,
    seasons: { 1: { 1: '2025-03-03T20:00:00Z', 2: null }, 2: { 1: null } },
    catalogue: [...catalogue(1, 3), ...catalogue(2, 4, 3)],
  };
  background = fakeBackground({ episodes: () => state, episodeAction: apply });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

const seasonButton = (season: number) =>
  root.querySelector<HTMLButtonElement>(`[data-season="${season}"] .season-toggle`)!;

async function show() {
  await act(() => render(<SeasonList media={SHOW} view={VIEW} revision={0} />, root));
  await settle(4);
}

describe('the popup seasons', () => {
  it("says why Simkl's episode list is missing, and still shows the user's own marks", async () => {
    state = {
      known: true,
      seasons: { 1: { 1: '2025-03-03T20:00:00Z' } },
      catalogueFailed: { kind: 'server', message: 'HTTP 503' },
    };
    await show();
    expect(root.querySelector('[data-testid="seasons-failed"]')?.textContent).toBe(
      "Simkl's episode list couldn't be loaded. Simkl is having trouble right now. It loads again the next time you open this title.",
    );
    expect(root.querySelector('[data-season="1"]')).not.toBeNull();
    expect(root.textContent).not.toContain('Loading');
  });

  it('counts aired regular episodes only, and keeps watched episodes the catalogue lacks', () => {
    const groups = seasonGroups({
      known: true,
      seasons: { 2: { 1: null }, 3: { 9: null } },
      catalogue: catalogue(2, 4, 3),
    });
    expect(groups.map(({ season, watched, aired }) => [season, watched, aired])).toEqual([
      [2, 1, 3],
      [3, 1, 1],
    ]);
  });

  it('lists each season with its progress, closed, and opens it by its disclosure button', async () => {
    await show();
    expect(background.callsOf('episodes')).toEqual([{ type: 'show', simkl: 1234, catalogue: true }]);
    expect(seasonButton(1).textContent).toBe('Season 1 · 2/3 watched');
    expect(seasonButton(2).textContent).toBe('Season 2 · 1/3 watched');
    const panel = root.querySelector<HTMLElement>(`#${seasonButton(2).getAttribute('aria-controls')}`)!;
    expect(seasonButton(2).getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    await act(() => seasonButton(2).click());
    expect(seasonButton(2).getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    const rows = [...panel.querySelectorAll('.episode')].map((row) => row.textContent);
    expect(rows).toEqual(['E1 · Ep 2.1✓', 'E2 · Ep 2.2Mark', 'E3 · Ep 2.3Mark', 'E4 · Ep 2.4not aired yet']);
  });

  it('marks an episode and unmarks a season, following each answer at once', async () => {
    await show();
    await act(() => seasonButton(2).click());
    const mark = root.querySelector<HTMLButtonElement>('[data-season="2"] [data-episode="3"] button')!;
    expect(mark.getAttribute('aria-label')).toBe('Mark S2E3 watched');
    await act(() => mark.click());
    await settle(4);
    expect(background.callsOf('episodeAction')).toEqual([
      { media: SHOW, action: 'watch', season: 2, episode: 3 },
    ]);
    expect(seasonButton(2).textContent).toBe('Season 2 · 2/3 watched');
    const done = root.querySelector<HTMLButtonElement>('[data-season="2"] [data-episode="3"] button')!;
    expect(done.getAttribute('aria-pressed')).toBe('true');
    expect(done.getAttribute('aria-label')).toBe('Unmark S2E3');

    await act(() => seasonButton(1).click());
    const unmark = root.querySelector<HTMLButtonElement>('[data-season="1"] [data-action="unwatchSeason"]')!;
    expect(unmark.textContent).toBe('Unmark season');
    await act(() => unmark.click());
    await settle(4);
    expect(background.callsOf('episodeAction').at(-1)).toEqual({
      media: SHOW,
      action: 'unwatchSeason',
      season: 1,
    });
    // Simkl's list stays although the answer came without it.
    expect(seasonButton(1).textContent).toBe('Season 1 · 0/3 watched');
    expect(root.querySelector('[data-season="1"] [data-action="unwatchSeason"]')).toBeNull();
    expect(root.querySelector('[data-season="1"] [data-action="watchSeason"]')?.textContent).toBe(
      'Mark season watched',
    );
  });

  it('says why an action failed and keeps the marks as they were', async () => {
    background.handlers.episodeAction = () => fail('offline');
    await show();
    await act(() => seasonButton(1).click());
    await act(() =>
      root.querySelector<HTMLButtonElement>('[data-season="1"] [data-action="watchSeason"]')!.click(),
    );
    await settle(4);
    expect(root.querySelector('[role="alert"]')?.textContent).toBeTruthy();
    expect(seasonButton(1).textContent).toBe('Season 1 · 2/3 watched');
  });

  it('shows nothing for a film or while signed out', async () => {
    await act(() =>
      render(<SeasonList media={SHOW} view={itemView({ type: 'movie' })} revision={0} />, root),
    );
    await act(() =>
      render(<SeasonList media={SHOW} view={{ ...VIEW, signedIn: false }} revision={0} />, root),
    );
    await settle(2);
    expect(root.querySelector('.seasons')).toBeNull();
    expect(background.callsOf('episodes')).toEqual([]);
  });
});
