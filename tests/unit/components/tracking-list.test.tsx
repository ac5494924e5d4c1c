import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrackingList } from '../../../components/TrackingList';
import type { TrackingView } from '../../../lib/messaging';
import { type FakeBackground, fakeBackground, settle, stubI18n } from '../page/helpers';

const PLAYING: TrackingView = {
  tabId: 7,
  progress: 43.4,
  media: {
    site: 'netflix',
    kind: 'episode',
    ids: { netflix: '81649856' },
    show: { ids: { netflix: '81648953' }, title: 'Delicious in Dungeon' },
    season: 1,
    episode: 3,
  },
};

let root: HTMLElement;
let background: FakeBackground;
let tracking: TrackingView[];

beforeEach(() => {
  stubI18n();
  tracking = [PLAYING];
  background = fakeBackground({
    tracking: () => tracking,
    stopTracking: () => {
      tracking = [];
      return tracking;
    },
  });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

describe('the popup tracking list', () => {
  it("shows what is tracked and stops it with Don't track this", async () => {
    await act(() => render(<TrackingList />, root));
    await settle(4);
    expect(root.querySelector('li span')?.textContent).toBe(
      'Simkl: Watching now · Delicious in Dungeon S1E3 · 43 %',
    );
    const button = root.querySelector<HTMLButtonElement>('[data-action="dont-track"]')!;
    expect(button.textContent).toBe("Don't track this");
    await act(() => button.click());
    await settle(4);
    expect(background.callsOf('stopTracking')).toEqual([{ tabId: 7 }]);
    expect(root.querySelector('li')).toBeNull();
  });

  it('offers Not this?, which opens the match search for the series', async () => {
    await act(() => render(<TrackingList />, root));
    await settle(4);
    const notThis = root.querySelector<HTMLButtonElement>('[data-action="not-this"]')!;
    expect(notThis.textContent).toBe('Not this?');
    await act(() => notThis.click());
    // The search's code comes on demand (components/popup-parts.ts).
    await vi.waitFor(async () => {
      await settle(2);
      expect(root.querySelector<HTMLInputElement>('li input')?.value).toBe('Delicious in Dungeon');
    });
  });
});
