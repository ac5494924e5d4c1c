import { describe, expect, it } from 'vitest';
import type { DetectedMedia } from '../../../lib/media';
import { withoutOwnEpisodes } from '../../../lib/page/badges/own-episodes';
import type { ListedTitle } from '../../../lib/sites/adapter';
import { imdb } from '../../../lib/sites/imdb';
import { readFixture } from '../../fixtures/sites/pages';

const SEASON_LIST = 'https://www.imdb.com/title/tt0436992/episodes/?season=4';

function page(file: string): Document {
  return new DOMParser().parseFromString(readFixture(file), 'text/html');
}

const entry = (media: DetectedMedia): ListedTitle => ({ element: document.createElement('a'), media });

describe('withoutOwnEpisodes', () => {
  it("leaves out a show's own episodes on its season list: they get ✓ marks, not the show's badge", () => {
    const doc = page('imdb/episodes-tt0436992-season-4-list-2023.html');
    const listed = imdb.listed?.(SEASON_LIST, doc) ?? [];
    expect(listed.filter(({ media }) => media.kind === 'episode').length).toBeGreaterThan(0);
    const badged = withoutOwnEpisodes(listed, imdb.detect(SEASON_LIST, doc));
    expect(badged.filter(({ media }) => media.kind === 'episode')).toEqual([]);
  });

  it("keeps another show's episode, and every entry of a page that is not a show's", () => {
    const show: DetectedMedia = { site: 'imdb', kind: 'show', ids: { imdb: 'tt0436992' }, season: 4 };
    const own = entry({
      site: 'imdb',
      kind: 'episode',
      ids: { imdb: 'tt1' },
      show: { ids: { imdb: 'tt0436992' } },
    });
    const other = entry({
      site: 'imdb',
      kind: 'episode',
      ids: { imdb: 'tt2' },
      show: { ids: { imdb: 'tt0903747' } },
    });
    const film = entry({ site: 'imdb', kind: 'movie', ids: { imdb: 'tt0133093' } });
    expect(withoutOwnEpisodes([own, other, film], show)).toEqual([other, film]);
    expect(withoutOwnEpisodes([own, other, film], null)).toEqual([own, other, film]);
  });
});
