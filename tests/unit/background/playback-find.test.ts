/** The background's half of "could not tell" with a search (lib/background/scrobble/playback-find.ts). */
import { beforeEach, describe, expect, it } from 'vitest';
import { createPlaybackFinds, standInOf } from '../../../lib/background/scrobble/playback-find';
import type { DetectedMedia } from '../../../lib/media';
import type { ChosenNotice } from '../../../lib/messaging';
import { findOverride, openOverridesDb } from '../../../lib/resolve/overrides';
import { freshIndexedDb } from '../library/fixtures';

const FIND = { kind: 'find' as const, service: 'max' as const, key: 'unknown-video', hint: 'Max | Stream' };
const INCEPTION = { simkl: 472214, type: 'movie' as const, title: 'Inception', year: 2010 };
const SEVERANCE = { simkl: 9200100, type: 'show' as const, title: 'Severance', year: 2022 };

let opened: DetectedMedia[];
let told: ChosenNotice[];

beforeEach(() => {
  freshIndexedDb();
  opened = [];
  told = [];
});

const finds = (db = openOverridesDb()) =>
  createPlaybackFinds(async (media) => {
    opened.push(media);
  }, db);

describe('finding a playback Simkl could not tell', () => {
  it('opens the match window for a stand-in named by the page’s title', async () => {
    await finds().find(FIND, (notice) => told.push(notice));
    expect(opened).toEqual([{ site: 'max', kind: 'movie', ids: {}, title: 'Max | Stream' }]);
    expect(standInOf({ ...FIND, hint: '  ' }).title).toBe('unknown-video');
  });

  it('tells the player what the user chose, once', async () => {
    const f = finds();
    await f.find(FIND, (notice) => told.push(notice));
    await f.chosen(opened[0] as DetectedMedia, INCEPTION);
    await f.chosen(opened[0] as DetectedMedia, INCEPTION);
    const inception = { site: 'max', kind: 'movie', ids: {}, title: 'Inception', year: 2010 };
    expect(told).toEqual([{ chosen: { key: 'unknown-video', media: inception } }]);
  });

  it('keeps the choice as the override of the name it plays under, so its scrobbles name that series', async () => {
    const db = openOverridesDb();
    const f = finds(db);
    await f.find(FIND, (notice) => told.push(notice));
    await f.chosen(opened[0] as DetectedMedia, SEVERANCE);
    const played = told[0]?.chosen.media as DetectedMedia;
    expect(played).toMatchObject({ kind: 'show', title: 'Severance' });
    expect((await findOverride(db, played))?.item.ids.simkl).toBe(SEVERANCE.simkl);
  });

  it('says nothing for a choice made on any other page', async () => {
    const f = finds();
    await f.find(FIND, (notice) => told.push(notice));
    await f.chosen(
      { site: 'imdb', kind: 'movie', ids: { imdb: 'tt1375666' }, title: 'Inception' },
      INCEPTION,
    );
    expect(told).toEqual([]);
  });
});
