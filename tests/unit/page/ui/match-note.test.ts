import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { DetectedMedia } from '../../../../lib/media';
import type { ItemView } from '../../../../lib/messaging';
import { matchNote } from '../../../../lib/page/control/match-note';
import { createPageControl } from '../../../../lib/page/control/page-control';
import { fakeBackground, itemView, settle, shownText, stubI18n } from '../helpers';

const DUNGEON: DetectedMedia = {
  site: 'netflix',
  kind: 'show',
  ids: { netflix: '81648953' },
  title: 'Delicious in Dungeon',
  year: 2024,
};
const MATRIX_DE: DetectedMedia = {
  site: 'imdb',
  kind: 'movie',
  ids: { imdb: 'tt0133093' },
  title: 'Matrix',
  year: 1999,
};
const matched = (title: string, year: number, extra: Partial<ItemView> = {}) =>
  itemView({ known: true, simkl: 1, type: 'movie', title, year, ...extra });

beforeEach(() => stubI18n());

describe('matchNote', () => {
  it("names Simkl's title when the page's is another, where no exact id made the match", () => {
    const anime = itemView({ known: true, simkl: 2, type: 'anime', title: 'Dungeon Meshi', year: 2024 });
    expect(matchNote(DUNGEON, anime)).toBe('Simkl matched it as Dungeon Meshi (2024 · Anime)');
  });

  it('says nothing for the same name written otherwise, or a page named by its IMDb id', () => {
    expect(
      matchNote({ ...DUNGEON, title: 'Delicious in Dungeon!' }, matched('Delicious In Dungeon', 2024)),
    ).toBe(undefined);
    expect(matchNote(MATRIX_DE, matched('The Matrix', 1999))).toBeUndefined();
    expect(matchNote(MATRIX_DE, matched('The Matrix', 2000))).toBeUndefined();
  });

  it('names it when the years are more than one apart, even by an exact id', () => {
    expect(matchNote(MATRIX_DE, matched('The Matrix Resurrections', 2021))).toBe(
      'Simkl matched it as The Matrix Resurrections (2021 · Movie)',
    );
  });

  it("says nothing for the user's own match or an unknown title", () => {
    expect(matchNote(DUNGEON, matched('Pulp Fiction', 1994, { overridden: true }))).toBeUndefined();
    expect(matchNote(DUNGEON, itemView({ known: false }))).toBeUndefined();
  });
});

describe('the control', () => {
  it('shows the match under the button, in the words it describes the button by', async () => {
    fakeBackground({ status: () => matched('Pulp Fiction', 1994, { status: 'completed', rating: 8 }) });
    const host = document.createElement('span');
    document.body.replaceChildren(host);
    const root = document.createElement('div');
    host.attachShadow({ mode: 'closed' }).append(root);
    await act(() => {
      createPageControl(root, { media: DUNGEON, revision: 0 });
    });
    await settle();
    expect(shownText(root.querySelector('#simkl-match'))).toBe(
      'Simkl matched it as Pulp Fiction (1994 · Movie)',
    );
    expect(root.querySelector('[data-testid="simkl-button"]')?.getAttribute('aria-describedby')).toBe(
      'simkl-match',
    );
  });
});
