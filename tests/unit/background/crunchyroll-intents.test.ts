import { describe, expect, it } from 'vitest';
import { contentScriptSite } from '../../../lib/background/intents/sender';
import { validateMedia } from '../../../lib/background/intents/validate-media';
import { watchedAction } from '../../../lib/background/items/watched-action';
import { SimklError } from '../../../lib/errors';
import type { DetectedMedia } from '../../../lib/media';
import { ACCESS_GROUPS } from '../../../lib/site-access';

const episode: DetectedMedia = {
  site: 'crunchyroll',
  kind: 'episode',
  ids: { crunchyroll: 'GX9UQE5P1' },
  title: 'Phantoms of the Dead',
  show: { ids: { crunchyroll: 'GG5H5XQX4' }, title: "Frieren: Beyond Journey's End" },
  season: 1,
  episode: 5,
};
const recap: DetectedMedia = { ...episode, ids: { crunchyroll: 'GJ8VKQ3X2' }, episode: 12.5 };

describe('Crunchyroll, an optional site, at the background’s edges', () => {
  it('takes a watch page’s episode, a recap’s 12.5 included, and a series page', () => {
    expect(validateMedia(episode)).toEqual(episode);
    expect(validateMedia(recap)).toEqual(recap);
    const series = { site: 'crunchyroll', ids: { crunchyroll: 'GY5VXG0ZR' }, title: 'Steins;Gate' };
    expect(validateMedia(series)).toEqual(series);
  });

  it('refuses an episode number finer than a tenth, and ids that are paths', () => {
    expect(() => validateMedia({ ...episode, episode: 12.25 })).toThrow();
    expect(() => validateMedia({ ...episode, ids: { crunchyroll: '../GX9' } })).toThrow();
  });

  it('never writes a recap as an episode: rounding it would mark one the user did not watch', () => {
    expect(watchedAction(episode, 'episode', null, 'anime')).toMatchObject({ scope: 'episode', episode: 5 });
    expect(() => watchedAction(recap, 'episode', null, 'anime')).toThrow(SimklError);
    // The whole series is still the user's to mark.
    expect(watchedAction(recap, 'show', null, 'anime')).toEqual({ kind: 'watched', scope: 'item' });
  });

  it('knows the site’s tab by its host (www.crunchyroll.com only)', () => {
    const site = (url: string) => contentScriptSite({ id: 'x', url, tab: { id: 1 } });
    expect(site('https://www.crunchyroll.com/de/watch/G14UVJGX1/ceremony')).toBe('crunchyroll');
    expect(site('https://crunchyroll.com/watch/G14UVJGX1/ceremony')).toBeNull();
  });

  it('never counts the site as missing access before the user turns it on', () => {
    expect(ACCESS_GROUPS.map((group) => group.area)).not.toContain('crunchyroll');
  });
});
