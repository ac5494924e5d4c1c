import { beforeEach, describe, expect, it } from 'vitest';
import { shortDate } from '../../../lib/i18n';
import type { DetectedMedia } from '../../../lib/media';
import type { EpisodesView } from '../../../lib/messaging';
import { detectMedia } from '../../../lib/sites';
import {
  episodeLabel,
  episodeLabelsToFit,
  episodePageOf,
  keepCatalogue,
  mirrorCounts,
  seasonProgress,
} from '../../../lib/words/episode-label';
import { FIXTURE_PAGES, readFixture } from '../../fixtures/sites/pages';
import { parseHtml } from '../sites/load-page';
import { stubI18n } from './helpers';

beforeEach(stubI18n);

const seasons = (marks: Record<number, Record<number, string | null>>): EpisodesView => ({
  known: true,
  seasons: marks,
});

describe('episode pages and season pages', () => {
  it('tells an episode, a season and a title apart', () => {
    const episode: DetectedMedia = {
      site: 'imdb',
      kind: 'episode',
      ids: { imdb: 'tt1' },
      season: 2,
      episode: 5,
    };
    expect(episodePageOf(episode)).toEqual({ kind: 'episode', season: 2, episode: 5, code: 'S2E5' });
    const anime: DetectedMedia = { site: 'mal', kind: 'episode', ids: { mal: '1' }, episode: 5 };
    expect(episodePageOf(anime)).toEqual({ kind: 'episode', episode: 5, code: 'E5' });
    const season: DetectedMedia = { site: 'tmdb', kind: 'show', ids: { tmdb: '1' }, season: 2 };
    expect(episodePageOf(season)).toEqual({ kind: 'season', season: 2 });
    expect(episodePageOf({ site: 'tmdb', kind: 'show', ids: { tmdb: '1' } })).toBeUndefined();
    expect(episodePageOf({ site: 'imdb', kind: 'movie', ids: { imdb: 'tt1' } })).toBeUndefined();
    expect(episodePageOf(null)).toBeUndefined();
  });

  // The project's own fixture pages, as the sites serve them: what the control shows there.
  it.each([
    ['https://m.imdb.com/title/tt1205438/', { kind: 'episode', season: 4, episode: 13, code: 'S4E13' }],
    ['https://www.imdb.com/title/tt0436992/episodes/?season=4', { kind: 'season', season: 4 }],
    ['https://www.themoviedb.org/tv/66732-stranger-things/season/1', { kind: 'season', season: 1 }],
    [
      'https://www.themoviedb.org/tv/66732-stranger-things/season/1/episode/1',
      { kind: 'episode', season: 1, episode: 1, code: 'S1E1' },
    ],
  ])('reads %s as %o', (url, expected) => {
    const page = FIXTURE_PAGES.find((fixture) => fixture.url === url);
    if (!page) throw new Error(`no fixture page at ${url}`);
    expect(episodePageOf(detectMedia(url, parseHtml(readFixture(page.file))))).toEqual(expected);
  });

  it('reads IMDb season lists with and without the slash, and a MAL episode page', () => {
    const list = parseHtml(readFixture('imdb/episodes-tt0436992-season-4.html'));
    for (const url of [
      'https://www.imdb.com/title/tt0436992/episodes?season=2',
      'https://www.imdb.com/title/tt0436992/episodes/?season=2',
    ])
      expect(episodePageOf(detectMedia(url, list))).toEqual({ kind: 'season', season: 2 });
    const mal = parseHtml(readFixture('mal/anime-57181-ao-no-hako-desktop.html'));
    expect(
      episodePageOf(detectMedia('https://myanimelist.net/anime/57181/Ao_no_Hako/episode/5', mal)),
    ).toEqual({ kind: 'episode', episode: 5, code: 'E5' });
  });
});

describe('the label', () => {
  const s2e5 = { kind: 'episode', season: 2, episode: 5, code: 'S2E5' } as const;

  it('says when a watched episode was watched, in the locale’s short date', () => {
    const at = '2025-03-03T20:00:00Z';
    expect(episodeLabel(s2e5, seasons({ 2: { 5: at } }))).toBe(`Simkl: S2E5 ✓ ${shortDate(at)}`);
    expect(shortDate(at)).toMatch(/2025/);
  });

  it('says watched without a date Simkl did not give, and not watched otherwise', () => {
    expect(episodeLabel(s2e5, seasons({ 2: { 5: null } }))).toBe('Simkl: S2E5 ✓');
    expect(episodeLabel(s2e5, seasons({ 2: { 4: null }, 3: { 5: null } }))).toBe('Simkl: S2E5 · not watched');
    expect(episodeLabel(s2e5, { known: false, seasons: {} })).toBe('Simkl: S2E5 · not watched');
  });

  it('finds an anime’s episode in season 1, where the mirror files it', () => {
    const e5 = { kind: 'episode', episode: 5, code: 'E5' } as const;
    expect(episodeLabel(e5, seasons({ 1: { 5: null } }))).toBe('Simkl: E5 ✓');
    expect(episodeLabel(e5, seasons({ 1: { 4: null } }))).toBe('Simkl: E5 · not watched');
  });

  it('counts a season’s aired regular episodes watched, of all aired (specials and unaired left out)', () => {
    const view: EpisodesView = {
      ...seasons({ 0: { 1: null }, 2: { 1: null, 2: null, 11: null }, 3: { 1: null } }),
      catalogue: [
        ...Array.from({ length: 10 }, (_, i) => ({ season: 2, episode: i + 1, aired: true })),
        { season: 2, episode: 11, aired: false },
        { season: 3, episode: 1, aired: true },
      ],
    };
    expect(seasonProgress(view, 2)).toEqual({ watched: 2, total: 10 });
    expect(episodeLabel({ kind: 'season', season: 2 }, view)).toBe('Season 2 · 2/10 watched');
  });

  it('counts what is watched when the episode list is not known', () => {
    expect(episodeLabel({ kind: 'season', season: 2 }, seasons({ 2: { 1: null, 5: null } }))).toBe(
      'Season 2 · 2 watched',
    );
  });

  it('gives the box the widest of these labels', () => {
    const widest = episodeLabelsToFit();
    expect(widest).toContain('Simkl: S10E100 · not watched');
    expect(widest).toContain('Season 10 · 100/100 watched');
    expect(widest.some((label) => label.startsWith('Simkl: S10E100 ✓ '))).toBe(true);
  });
});

describe('which episode pages the mirror can count', () => {
  const page = (site: DetectedMedia['site'], season?: number): DetectedMedia => ({
    site,
    kind: 'episode',
    ids: {},
    season,
    episode: 5,
  });
  it('every show, and an anime on MyAnimeList or in TVDB season 1', () => {
    expect(mirrorCounts(page('imdb', 3), 'show')).toBe(true);
    expect(mirrorCounts(page('mal'), 'anime')).toBe(true);
    expect(mirrorCounts(page('netflix', 1), 'anime')).toBe(true);
    expect(mirrorCounts(page('tmdb'), 'anime')).toBe(true);
  });
  it('not a later TVDB season of an anime (another Simkl entry)', () => {
    for (const site of ['imdb', 'tmdb', 'netflix'] as const)
      expect(mirrorCounts(page(site, 2), 'anime')).toBe(false);
  });
});

describe("an action's answer and Simkl's episode list on screen", () => {
  const shown: EpisodesView = {
    known: true,
    seasons: {},
    catalogue: [{ season: 1, episode: 1, aired: true }],
  };
  it('keeps the list on screen when the answer has none, and takes the answer’s own', () => {
    const answer: EpisodesView = { known: true, seasons: { 1: { 1: null } } };
    expect(keepCatalogue(answer, shown)).toEqual({ ...answer, catalogue: shown.catalogue });
    const fresh = { ...answer, catalogue: [{ season: 1, episode: 2, aired: false }] };
    expect(keepCatalogue(fresh, shown)).toEqual(fresh);
    expect(keepCatalogue(answer, undefined).catalogue).toBeUndefined();
  });
});
