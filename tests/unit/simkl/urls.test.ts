import { describe, expect, it } from 'vitest';
import { avatarUrl, itemUrl } from '../../../lib/simkl/urls';

describe('avatar URLs', () => {
  it.each([
    ['//simkl.in/avatars/1/1a_100.jpg', 'https://simkl.in/avatars/1/1a_100.jpg'],
    ['http://simkl.in/avatars/1/1a.jpg', 'https://simkl.in/avatars/1/1a_100.jpg'],
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

describe('avatarUrl', () => {
  it.each([
    ['//simkl.in/avatars/1/12345_100.jpg', 100, 'https://simkl.in/avatars/1/12345_100.jpg'],
    ['https://simkl.in/avatars/1/12345.jpg', 512, 'https://simkl.in/avatars/1/12345_512.jpg'],
    ['http://simkl.in/avatars/1/12345_24.jpg', 200, 'https://simkl.in/avatars/1/12345.jpg'],
    ['1/12345', 24, 'https://simkl.in/avatars/1/12345_24.jpg'],
    ['avatars\\/1\\/12345', 256, 'https://simkl.in/avatars/1/12345_256.jpg'],
    ['//simkl.in/img/default_avatar.png', 100, 'https://simkl.in/img/default_avatar.png'],
    ['http://simkl.com/img/avatar.png', 100, 'https://simkl.com/img/avatar.png'],
  ] as const)('%s at %s', (value, size, url) => {
    expect(avatarUrl(value, size)).toBe(url);
  });

  it.each([
    undefined,
    null,
    '',
    'not a path!',
    'javascript:alert(1)',
    'https://evil.example/a.jpg',
    '//cdn.example/avatars/1/1.jpg',
  ])('is undefined for %j', (value) => {
    expect(avatarUrl(value)).toBeUndefined();
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
