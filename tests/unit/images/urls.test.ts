import { describe, expect, it } from 'vitest';
import { POSTER_PLACEHOLDER, posterUrl } from '../../../lib/images/urls';

describe('posterUrl', () => {
  it.each([
    [
      '74/74415673dcdc9cdd',
      'ca',
      'https://wsrv.nl/?url=https://simkl.in/posters/74/74415673dcdc9cdd_ca.webp',
    ],
    ['74/74415673dcdc9cdd', 'w', 'https://wsrv.nl/?url=https://simkl.in/posters/74/74415673dcdc9cdd_w.webp'],
    [
      '74/74415673dcdc9cdd',
      'cm',
      'https://wsrv.nl/?url=https://simkl.in/posters/74/74415673dcdc9cdd_cm.webp',
    ],
    [
      '74\\/74415673dcdc9cdd',
      'm',
      'https://wsrv.nl/?url=https://simkl.in/posters/74/74415673dcdc9cdd_m.webp',
    ],
    ['/57/5742a1b_x-y', 's', 'https://wsrv.nl/?url=https://simkl.in/posters/57/5742a1b_x-y_s.webp'],
  ] as const)('%s at %s', (path, size, url) => {
    expect(posterUrl(path, size)).toBe(url);
  });

  it('defaults to the _ca size the popup shows', () => {
    expect(posterUrl('1/2')).toBe('https://wsrv.nl/?url=https://simkl.in/posters/1/2_ca.webp');
  });

  it.each([
    undefined,
    null,
    '',
    '   ',
    '74/abc&url=https://evil.example/x',
    '../../etc/passwd',
    '74/abc?x=1',
    'a//b',
  ])('gives the no-poster placeholder for %j', (path) => {
    expect(posterUrl(path)).toBe(POSTER_PLACEHOLDER);
  });

  it('the placeholder is Simkl’s own image', () => {
    expect(POSTER_PLACEHOLDER).toBe('https://simkl.in/poster_no_pic.png');
  });
});
