/** When the line offers Rate it after a finish, and for how long (lib/player/rate-offer.ts). */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import { titledPlaybackCode } from '../../../lib/player/playback-text';
import { createRateOffers, RATE_OFFER_MS } from '../../../lib/player/rate-offer';

const ANDOR: DetectedMedia = {
  site: 'disneyplus',
  kind: 'episode',
  ids: {},
  title: 'Rix Road',
  show: { ids: {}, title: 'Andor' },
  season: 1,
  episode: 12,
};
const FILM: DetectedMedia = { site: 'max', kind: 'movie', ids: {}, title: 'Dune', year: 2021 };

let now: number;
let sent: Array<[string, number]>;
const offers = () =>
  createRateOffers(
    (key, rating) => sent.push([key, rating]),
    titledPlaybackCode,
    () => now,
  );

beforeEach(() => {
  now = 1_000_000;
  sent = [];
});

describe('Rate it after a finish', () => {
  it('is offered for a stop at or past the threshold only', () => {
    const rate = offers();
    rate.stopped('a', ANDOR, 79, 80);
    expect(rate.shown()).toBeNull();
    rate.stopped('a', ANDOR, 80, 80);
    expect(rate.shown()).toMatchObject({ code: 'Andor S1E12', show: true, engaged: false });
  });

  it('says a film is rated itself, an episode its show', () => {
    const rate = offers();
    rate.stopped('f', FILM, 97, 80);
    expect(rate.shown()).toMatchObject({ code: 'Dune', show: false });
  });

  it('lasts its while, and longer while the pointer or focus is in it', () => {
    const rate = offers();
    rate.stopped('a', ANDOR, 100, 80);
    const offer = rate.shown();
    now += RATE_OFFER_MS - 1;
    expect(rate.shown()).toBe(offer);
    (offer as { engaged: boolean }).engaged = true;
    now += 60_000;
    expect(rate.shown()).toBe(offer);
    (offer as { engaged: boolean }).engaged = false;
    expect(rate.shown()).toBeNull();
  });

  it('ends when the next playback starts', () => {
    const rate = offers();
    rate.stopped('a', ANDOR, 100, 80);
    rate.playing();
    expect(rate.shown()).toBeNull();
  });

  it('sends one rating at a time, and shows what became of it', () => {
    const rate = offers();
    rate.stopped('a', ANDOR, 100, 80);
    rate.shown()?.rate(8);
    rate.shown()?.rate(9);
    expect(sent).toEqual([['a', 8]]);
    expect(rate.shown()?.rated).toEqual({ rating: 8 });
    rate.rated({ key: 'other', rating: 3, outcome: 'saved' });
    expect(rate.shown()?.rated).toEqual({ rating: 8 });
    rate.rated({ key: 'a', rating: 8, outcome: 'waiting' });
    expect(rate.shown()?.rated).toEqual({ rating: 8, outcome: 'waiting' });
    // Once answered, the user may change their mind: that is a second, separate write.
    rate.shown()?.rate(9);
    expect(sent).toEqual([
      ['a', 8],
      ['a', 9],
    ]);
  });

  it('keeps the same offer object while nothing changed, so the line is not redrawn', () => {
    const rate = offers();
    rate.stopped('a', ANDOR, 100, 80);
    const first = rate.shown();
    rate.stopped('a', ANDOR, 100, 80);
    expect(rate.shown()).toBe(first);
    first?.rate(7);
    expect(rate.shown()).not.toBe(first);
  });
});
