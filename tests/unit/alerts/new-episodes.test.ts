import { describe, expect, it } from 'vitest';
import { episodeOfKey } from '../../../lib/alerts/episode-key';
import {
  type AlertChoices,
  baselineLedger,
  findNewEpisodes,
  SEEN_KEPT_MS,
  stillNew,
} from '../../../lib/alerts/new-episodes';
import {
  DROPPED_SHOW,
  FIRST_CHECK,
  FRIEREN,
  recordedCalendar,
  recordedMirror,
  SECOND_CHECK,
  SEVERANCE,
  THE_BEAR,
} from './recorded';

const EVERY_EPISODE: AlertChoices = { mode: 'episode', shows: true, anime: true };

function secondCheck(choices = EVERY_EPISODE, watching = recordedMirror()) {
  const ledger = baselineLedger(recordedCalendar(), FIRST_CHECK);
  return findNewEpisodes({ entries: recordedCalendar(), watching, ledger, choices, now: SECOND_CHECK });
}

const codes = (episodes: Array<{ simkl: number; season?: number; episode: number }>) =>
  episodes.map(({ simkl, season, episode }) => `${simkl}:${season ?? '-'}:${episode}`);

describe('what is new since the last check', () => {
  it('announces nothing of the back catalogue at the first check: it only sets the baseline', () => {
    const ledger = baselineLedger(recordedCalendar(), FIRST_CHECK);
    expect(Object.keys(ledger.seen)).toEqual(['show:500:2:1']);
    expect(ledger.held).toEqual([]);
  });

  it('finds the episodes out since, of Watching shows and anime, not watched', () => {
    const { fresh } = secondCheck();
    expect(codes(fresh)).toEqual([`${FRIEREN}:-:20`, `${SEVERANCE}:2:2`, `${THE_BEAR}:3:10`]);
    expect(fresh[1]).toMatchObject({ title: 'Severance', type: 'show', airsAt: '2025-01-17T15:00:00.000Z' });
  });

  it('never announces an episode watched before it aired', () => {
    expect(codes(secondCheck().fresh)).not.toContain(`${FRIEREN}:-:21`);
  });

  it('leaves out specials (season 0)', () => {
    expect(secondCheck().fresh.some((episode) => episode.season === 0)).toBe(false);
  });

  it('says nothing of a show that is dropped, on hold or planned (not on the Watching list)', () => {
    const watching = recordedMirror();
    watching.delete(THE_BEAR);
    const { fresh } = secondCheck(EVERY_EPISODE, watching);
    expect(fresh.map((episode) => episode.simkl)).not.toContain(THE_BEAR);
    expect(fresh.map((episode) => episode.simkl)).not.toContain(DROPPED_SHOW);
  });

  it('counts "out" by the UTC instant: an episode airing after now waits, whatever the local zone', () => {
    const { fresh, ledger } = secondCheck();
    expect(codes(fresh)).not.toContain(`${SEVERANCE}:2:3`);
    const later = findNewEpisodes({
      entries: recordedCalendar(),
      watching: recordedMirror(),
      ledger,
      choices: EVERY_EPISODE,
      now: Date.parse('2025-01-24T02:00:00Z'),
    });
    expect(codes(later.fresh)).toEqual([`${SEVERANCE}:2:3`]);
  });

  it('in season mode, speaks only when a season is whole (its last episode is out)', () => {
    const { fresh } = secondCheck({ ...EVERY_EPISODE, mode: 'season' });
    expect(codes(fresh)).toEqual([`${THE_BEAR}:3:10`]);
    expect(fresh[0]?.wholeSeason).toBe(true);
  });

  it('keeps shows and anime apart, as the user chose', () => {
    expect(codes(secondCheck({ ...EVERY_EPISODE, anime: false }).fresh)).toEqual([
      `${SEVERANCE}:2:2`,
      `${THE_BEAR}:3:10`,
    ]);
    expect(codes(secondCheck({ ...EVERY_EPISODE, shows: false }).fresh)).toEqual([`${FRIEREN}:-:20`]);
  });

  it('announces nothing twice: the ledger after a check (as a restart reads it back) finds nothing new', () => {
    const { ledger } = secondCheck();
    const restarted = JSON.parse(JSON.stringify(ledger));
    const again = findNewEpisodes({
      entries: recordedCalendar(),
      watching: recordedMirror(),
      ledger: restarted,
      choices: EVERY_EPISODE,
      now: SECOND_CHECK + 60_000,
    });
    expect(again.fresh).toEqual([]);
  });

  it('forgets what aired longer ago than the files reach, so the ledger stays small', () => {
    const { ledger } = secondCheck();
    const muchLater = findNewEpisodes({
      entries: [],
      watching: recordedMirror(),
      ledger,
      choices: EVERY_EPISODE,
      now: SECOND_CHECK + SEEN_KEPT_MS,
    });
    expect(Object.keys(muchLater.ledger.seen)).toEqual([]);
  });

  it('gives held alerts only while the show is watched and the episode still unwatched', () => {
    const { fresh } = secondCheck();
    const watching = recordedMirror();
    watching.set(SEVERANCE, { type: 'show', seasons: { 2: { 1: null, 2: '2025-01-17T23:00:00Z' } } });
    watching.delete(FRIEREN);
    expect(codes(stillNew(fresh, watching))).toEqual([`${THE_BEAR}:3:10`]);
  });

  it("reads an alert's episode back from its key, and nothing from anything else", () => {
    expect(episodeOfKey('show:500:2:5')).toEqual({ type: 'show', simkl: 500, season: 2, episode: 5 });
    expect(episodeOfKey('anime:601::20')).toEqual({ type: 'anime', simkl: 601, episode: 20 });
    expect(episodeOfKey('movie:1::1')).toBeUndefined();
  });
});
