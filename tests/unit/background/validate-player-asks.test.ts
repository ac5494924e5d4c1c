/** A player's Rate it and "find what plays", checked field by field at the port (validate-scrobble.ts). */
import { describe, expect, it } from 'vitest';
import { validatePlayerFind, validatePlayerRating } from '../../../lib/background/intents/validate-scrobble';

describe('a player’s Rate it', () => {
  it('is copied when it names a service, a key and a rating of 1 to 10', () => {
    const rating = { kind: 'rate', service: 'max', key: 'abc', rating: 8, extra: 'dropped' };
    expect(validatePlayerRating(rating)).toEqual({ kind: 'rate', service: 'max', key: 'abc', rating: 8 });
  });

  it.each([
    ['a rating of 0', { rating: 0 }],
    ['a rating of 11', { rating: 11 }],
    ['a rating of 7.5', { rating: 7.5 }],
    ['an unknown service', { service: 'vimeo' }],
    ['no key', { key: '' }],
    ['a key too long', { key: 'k'.repeat(201) }],
  ])('is refused with %s', (_, change) => {
    expect(() =>
      validatePlayerRating({ kind: 'rate', service: 'max', key: 'abc', rating: 8, ...change }),
    ).toThrow();
  });
});

describe('a player’s "find what plays"', () => {
  it('is copied with the page’s title as its hint', () => {
    const find = { kind: 'find', service: 'hulu', key: 'abc', hint: 'Hulu | Home' };
    expect(validatePlayerFind(find)).toEqual(find);
  });

  it('is refused with a hint that is no string or too long, or an unknown service', () => {
    const find = { kind: 'find', service: 'hulu', key: 'abc', hint: 'x' };
    expect(() => validatePlayerFind({ ...find, hint: 3 })).toThrow();
    expect(() => validatePlayerFind({ ...find, hint: 'x'.repeat(201) })).toThrow();
    expect(() => validatePlayerFind({ ...find, service: 'vimeo' })).toThrow();
    expect(() => validatePlayerFind({ ...find, kind: 'rate' })).toThrow();
  });
});
