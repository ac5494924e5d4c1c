import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createScoreHandlers } from '../../../lib/background/items/score-handlers';
import { SimklError } from '../../../lib/errors';
import type { DetectedMedia } from '../../../lib/media';
import { openScoreDb, SCORE_TTL_MS } from '../../../lib/score/score-cache';
import type { PublicRatings } from '../../../lib/simkl/api';
import { freshIndexedDb } from '../library/fixtures';

const OFFICE: DetectedMedia = { site: 'imdb', kind: 'show', ids: { imdb: 'tt0386676' }, title: 'The Office' };
const RATINGS: PublicRatings = {
  simkl: { rating: 8.4, votes: 12345 },
  link: 'https://simkl.com/tv/1234/the-office',
};
const page = { from: 'page' as const };

function setup(publicRatings: () => Promise<PublicRatings | null>, catalogue = async () => RATINGS) {
  freshIndexedDb();
  let now = 1_750_000_000_000;
  const api = { publicRatings: vi.fn(publicRatings), catalogueRatings: vi.fn(catalogue) };
  const handlers = createScoreHandlers({ api, db: openScoreDb(), now: () => now });
  return { api, score: handlers.score, advance: (ms: number) => (now += ms) };
}

describe("Simkl's score", () => {
  beforeEach(() => freshIndexedDb());

  it('asks /ratings by the Simkl id the popup knows, then answers from the cache for a day', async () => {
    const { api, score, advance } = setup(async () => RATINGS);
    const expected = { rating: 8.4, votes: 12345, url: 'https://simkl.com/tv/1234/the-office' };
    expect(await score({ media: OFFICE, simkl: 1234 }, page)).toEqual(expected);
    expect(api.publicRatings).toHaveBeenCalledWith({ simkl: 1234 });
    advance(SCORE_TTL_MS - 1);
    expect(await score({ media: OFFICE, simkl: 1234 }, page)).toEqual(expected);
    expect(api.publicRatings).toHaveBeenCalledTimes(1);
    advance(1);
    await score({ media: OFFICE, simkl: 1234 }, page);
    expect(api.publicRatings).toHaveBeenCalledTimes(2);
  });

  it("signed out, asks by the page's own id; refused to a V2 app, reads the catalogue record", async () => {
    const refused = new SimklError('auth', 'user_token_required', { status: 401 });
    const { api, score } = setup(async () => {
      throw refused;
    });
    expect(await score({ media: OFFICE }, page)).toMatchObject({ rating: 8.4, votes: 12345 });
    expect(api.publicRatings).toHaveBeenCalledWith({ imdb: 'tt0386676' });
    expect(api.catalogueRatings).toHaveBeenCalledWith('show', 'tt0386676');
    // Cached as well: the next opening asks nothing.
    await score({ media: OFFICE }, page);
    expect(api.publicRatings).toHaveBeenCalledTimes(1);
  });

  it('does not cache a failed request: the next opening asks again', async () => {
    let fail = true;
    const { api, score } = setup(async () => {
      if (fail) throw new SimklError('offline', 'offline');
      return RATINGS;
    });
    await expect(score({ media: OFFICE, simkl: 1234 }, page)).rejects.toMatchObject({ kind: 'offline' });
    fail = false;
    expect(await score({ media: OFFICE, simkl: 1234 }, page)).toMatchObject({ rating: 8.4 });
    expect(api.publicRatings).toHaveBeenCalledTimes(2);
    expect(api.catalogueRatings).not.toHaveBeenCalled();
  });

  it('answers null when Simkl has no score, and keeps links to simkl.com only', async () => {
    const { score } = setup(async () => null);
    expect(await score({ media: OFFICE, simkl: 1 }, page)).toBeNull();
    const odd = setup(async () => ({ simkl: { rating: 7 }, link: 'https://evil.example/x' }));
    expect(await odd.score({ media: OFFICE, simkl: 2 }, page)).toEqual({ rating: 7 });
  });
});
