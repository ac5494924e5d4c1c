import { describe, expect, it } from 'vitest';
import type { NewEpisode } from '../../../lib/alerts/new-episodes';
import { keysOfAlertId } from '../../../lib/words/alert-id';
import { alertNotes } from '../../../lib/words/alert-text';

const episode = (
  fields: Partial<NewEpisode> & Pick<NewEpisode, 'simkl' | 'title' | 'episode'>,
): NewEpisode => {
  const type = fields.type ?? 'show';
  return {
    type,
    airsAt: '2025-01-17T15:00:00.000Z',
    key: `${type}:${fields.simkl}:${fields.season ?? ''}:${fields.episode}`,
    ...fields,
  };
};

const SEVERANCE_S2E5 = episode({ simkl: 500, title: 'Severance', season: 2, episode: 5 });

describe('what an alert says', () => {
  it('names the show and its episode, and carries the episode for Mark watched', () => {
    const [note] = alertNotes([SEVERANCE_S2E5]);
    expect(note).toMatchObject({
      title: 'New on Simkl',
      message: 'Severance: S2E5 is out',
      episode: SEVERANCE_S2E5,
    });
    expect(keysOfAlertId(note?.id ?? '')).toEqual(['show:500:2:5']);
  });

  it('lists several episodes of one show in one alert, without a Mark watched', () => {
    const notes = alertNotes([
      SEVERANCE_S2E5,
      episode({ simkl: 500, title: 'Severance', season: 2, episode: 6 }),
    ]);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message).toBe('Severance: S2E5, S2E6 are out');
    expect(notes[0]?.episode).toBeUndefined();
  });

  it('groups shows arriving together: "3 new episodes: Severance, Frieren, The Bear"', () => {
    const notes = alertNotes([
      SEVERANCE_S2E5,
      episode({ simkl: 601, title: 'Frieren', type: 'anime', episode: 20 }),
      episode({ simkl: 502, title: 'The Bear', season: 3, episode: 10 }),
    ]);
    expect(notes.map((note) => note.message)).toEqual(['3 new episodes: Severance, Frieren, The Bear']);
    expect(notes[0]?.show).toMatchObject({ simkl: 500 });
  });

  it('says a whole season is out in season mode, and nothing for no episode', () => {
    const bear = episode({ simkl: 502, title: 'The Bear', season: 3, episode: 10, wholeSeason: true });
    const frieren = episode({ simkl: 601, title: 'Frieren', type: 'anime', episode: 28, wholeSeason: true });
    expect(alertNotes([bear])[0]).toMatchObject({ message: 'The Bear: season 3 is out' });
    expect(alertNotes([bear])[0]?.episode).toBeUndefined();
    expect(alertNotes([frieren])[0]?.message).toBe('Frieren: the whole season is out');
    expect(alertNotes([])).toEqual([]);
  });
});
