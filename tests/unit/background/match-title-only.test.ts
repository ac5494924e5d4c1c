import { describe, expect, it } from 'vitest';
import { MATCH_VALIDATORS } from '../../../lib/background/intents/validate-match';

const FRIEREN_EPISODE = {
  site: 'netflix',
  kind: 'episode',
  ids: {},
  show: { ids: {}, title: 'Frieren' },
  season: 1,
  episode: 5,
};
const ITEM = { simkl: 2040861, type: 'anime', title: 'Frieren' };

describe('Not this? on a playback named by its words alone', () => {
  it('accepts a title-only media for a match and its undo', () => {
    expect(MATCH_VALIDATORS.setMatch({ media: FRIEREN_EPISODE, item: ITEM }).media).toEqual(FRIEREN_EPISODE);
    expect(MATCH_VALIDATORS.clearMatch({ media: FRIEREN_EPISODE }).media).toEqual(FRIEREN_EPISODE);
  });

  it('still refuses a media with neither ids nor a title', () => {
    const nameless = { site: 'netflix', kind: 'episode', ids: {}, season: 1, episode: 5 };
    expect(() => MATCH_VALIDATORS.setMatch({ media: nameless, item: ITEM })).toThrow();
    expect(() => MATCH_VALIDATORS.openMatchSearch({ media: FRIEREN_EPISODE })).toThrow();
  });
});
