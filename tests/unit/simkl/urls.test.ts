import { describe, expect, it } from 'vitest';
import { avatarUrl, itemUrl } from '../../../lib/simkl/urls';

describe('avatar URLs', () => {
  it.each([
    ['//simkl.in/avatars/1/1a_100.jpg', 'https://simkl.in/avatars/1/1a_100.jpg'],
    ['http://simkl.in/avatars/1/1a.jpg', 'https://simkl.in/avatars/1/1a.jpg'],
    ['1/1a', 'https://simkl.in/avatars/1/1a_100.jpg'],
    ['https://evil.example/a.jpg', undefined],
    ['javascript:alert(1)', undefined],
    [undefined, undefined],
  ])('reads avatar %j as %j', (value, url) => {
    expect(avatarUrl(value)).toBe(url);
  });

  it('uses no suffix for the 200 px avatar', () => {
    expect(avatarUrl('1/1a', 200)).toBe('https://simkl.in/avatars/1/1a.jpg');
  });
});

describe('page URLs', () => {
  it('links items to their simkl.com page', () => {
    expect(itemUrl({ type: 'movie', ids: { simkl: 53536, slug: 'the-matrix' } })).toBe(
      'https://simkl.com/movies/53536/the-matrix',
    );
    expect(itemUrl({ type: 'show', ids: { simkl: 2090 } })).toBe('https://simkl.com/tv/2090');
    expect(itemUrl({ type: 'anime', ids: { simkl: 1, slug: 'a/b' } })).toBe(
      'https://simkl.com/anime/1/a%2Fb',
    );
  });
});
