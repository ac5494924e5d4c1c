import { beforeEach, describe, expect, it } from 'vitest';
import type { ErrorKind } from '../../../lib/errors';
import { type DetectedMedia, NOT_AN_EPISODE } from '../../../lib/media';
import { canMarkWatched, statusChoices, watchedLabel } from '../../../lib/page/control/actions';
import { errorText } from '../../../lib/words/error-text';
import { episodeCode, shortEpisode, statusText } from '../../../lib/words/labels';
import { simklPageUrl } from '../../../lib/words/links';
import { itemView, MESSAGES, stubI18n } from './helpers';

beforeEach(stubI18n);

describe('shortEpisode', () => {
  it.each([
    ['S02E05', 'S2E5'],
    ['S10E148', 'S10E148'],
    ['E148', 'E148'],
    ['e007', 'E7'],
    ['Special', 'Special'],
  ])('%s reads %s', (code, text) => {
    expect(shortEpisode(code)).toBe(text);
  });
});

describe('episode pages', () => {
  const episode: DetectedMedia = {
    site: 'imdb',
    kind: 'episode',
    ids: { imdb: 'tt1205438' },
    season: 4,
    episode: 13,
  };
  const movie: DetectedMedia = { site: 'imdb', kind: 'movie', ids: { imdb: 'tt0133093' } };
  const show: DetectedMedia = { site: 'tmdb', kind: 'show', ids: { tmdb: '1399' } };

  it('names the episode to mark watched', () => {
    expect(episodeCode(episode)).toBe('S4E13');
    expect(watchedLabel(episode)).toBe('Mark S4E13 watched');
    expect(watchedLabel(movie)).toBe('Mark as watched');
  });

  it('offers mark watched for movies and episodes, not whole shows', () => {
    expect(canMarkWatched(movie)).toBe(true);
    expect(canMarkWatched(episode)).toBe(true);
    expect(canMarkWatched(show)).toBe(false);
    // Simkl's own type wins over the page's guess.
    expect(canMarkWatched(show, itemView({ type: 'movie' }))).toBe(true);
  });

  it('offers movies three lists and shows all five', () => {
    expect(statusChoices(movie)).toEqual(['plantowatch', 'completed', 'dropped']);
    expect(statusChoices(show)).toEqual(['plantowatch', 'watching', 'completed', 'hold', 'dropped']);
    expect(statusChoices(show, itemView({ type: 'anime' }))).toHaveLength(5);
  });
});

describe('words', () => {
  const kinds: ErrorKind[] = [
    'auth',
    'signed-out',
    'rate-limit',
    'app-limit',
    'not-found',
    'offline',
    'server',
    'bad-request',
    'invalid-response',
    'cancelled',
    'internal',
  ];
  it.each(kinds)('error kind %s has its own sentence', (kind) => {
    const text = errorText({ kind });
    expect(text).not.toMatch(/^error_/);
    expect(text.length).toBeGreaterThan(10);
  });

  it('gives every error kind a different sentence', () => {
    expect(new Set(kinds.map((kind) => errorText({ kind }))).size).toBe(kinds.length);
  });

  it('says a recap refused as an episode was sent nowhere, not that Simkl refused it', () => {
    expect(errorText({ kind: 'bad-request', message: NOT_AN_EPISODE })).toBe(
      'A recap between episodes is not an episode on Simkl: nothing was sent. You can still mark the whole series.',
    );
    expect(errorText({ kind: 'bad-request', message: 'no episode' })).toBe('Simkl refused this change.');
  });

  it('uses Simkl list names', () => {
    expect(statusText('plantowatch')).toBe('Plan to Watch');
    expect(statusText('hold')).toBe('On Hold');
  });

  it('keeps messages.json valid for Chrome and Firefox', () => {
    expect(MESSAGES.extName?.message).toBe('Simkl');
    for (const [key, entry] of Object.entries(MESSAGES)) {
      expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(entry.message.length).toBeGreaterThan(0);
      for (const name of entry.message.match(/\$([\w@]+)\$/g) ?? []) {
        expect(entry.placeholders?.[name.slice(1, -1).toLowerCase()], `${key} ${name}`).toBeDefined();
      }
    }
  });
});

describe('simklPageUrl', () => {
  it.each([
    ['https://simkl.com/movies/53536/the-matrix', 'https://simkl.com/movies/53536/the-matrix'],
    ['/tv/17465/game-of-thrones', 'https://simkl.com/tv/17465/game-of-thrones'],
    ['https://www.simkl.com/pin', 'https://www.simkl.com/pin'],
    ['javascript:alert(1)', undefined],
    ['http://simkl.com/movies/1', undefined],
    ['https://simkl.com.evil.example/movies/1', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, output) => {
    expect(simklPageUrl(input)).toBe(output);
  });
});
