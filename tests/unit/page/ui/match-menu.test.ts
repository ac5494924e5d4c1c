import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DetectedMedia } from '../../../../lib/media';
import type { ItemView } from '../../../../lib/messaging';
import { createPageControl, type PageControl } from '../../../../lib/page/control/page-control';
import {
  type FakeBackground,
  fakeBackground,
  itemView,
  settle,
  shownText,
  stubI18n,
  userClick,
} from '../helpers';

const OFFICE: DetectedMedia = {
  site: 'imdb',
  kind: 'show',
  ids: { imdb: 'tt0386676' },
  title: 'The Office',
  year: 2005,
};

let root: HTMLElement;
let control: PageControl | undefined;
let background: FakeBackground;
let view: ItemView;

beforeEach(() => {
  stubI18n();
  background = fakeBackground({
    status: () => view,
    openMatchSearch: () => ({ opened: true }),
    clearMatch: () => (view = { ...view, overridden: undefined }),
  });
  const host = document.createElement('span');
  document.body.replaceChildren(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  root = document.createElement('div');
  shadow.append(root);
});

afterEach(() => {
  control?.destroy();
  control = undefined;
});

async function openMenuOf(shown: ItemView) {
  view = shown;
  await act(() => {
    control = createPageControl(root, { media: OFFICE, revision: 0 });
  });
  await settle();
  await userClick(root.querySelector('[data-testid="simkl-button"]')!);
  await settle();
}

const entry = (selector: string) => root.querySelector<HTMLElement>(selector)!;

describe("the menu's match section", () => {
  it('says what the page was matched to, and Not this? opens the search for the page', async () => {
    await openMenuOf(itemView({ known: true, simkl: 1, type: 'show', title: 'The Office', year: 2005 }));
    expect(shownText(entry('[data-matched]'))).toBe('Matched as: The Office (2005 · TV)');
    expect(entry('[data-action="undo-match"]').getAttribute('aria-disabled')).toBe('true');
    await userClick(entry('[data-action="not-this"]'));
    await settle();
    expect(background.callsOf('openMatchSearch')).toEqual([{ media: OFFICE }]);
    expect(root.querySelector('[role="menu"]')).toBeNull();
  });

  it("offers Undo match for the user's own match, and the search where Simkl has none", async () => {
    await openMenuOf(
      itemView({ known: true, simkl: 2, type: 'anime', title: 'Office', year: undefined, overridden: true }),
    );
    expect(shownText(entry('[data-matched]'))).toBe('Matched as: Office (Anime)');
    await userClick(entry('[data-action="undo-match"]'));
    await settle();
    expect(background.callsOf('clearMatch')).toEqual([{ media: OFFICE }]);

    control?.destroy();
    control = undefined;
    await openMenuOf(itemView({ known: false }));
    expect(shownText(entry('[data-matched]'))).toBe('Simkl has no match for this title');
    expect(shownText(entry('[data-action="not-this"]'))).toBe('Find it on Simkl');
  });
});
