import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../entrypoints/options/App';
import { syncIntervalText } from '../../../lib/words/interval-text';
import { fakeBackground, settle, stubI18n } from '../page/helpers';

let root: HTMLElement;

beforeEach(() => {
  stubI18n();
  fakeBackground({
    account: () => ({ signedIn: true, mode: 'oauth2', user: { name: 'trinity' } }),
    syncNow: () => ({ lastSyncAt: '2026-11-29T10:00:00Z' }),
  });
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));

async function open() {
  await act(() => render(<App />, root));
  await settle(6);
}

/** The headings of a group's sections, in the page's order. */
function headings(group: string): string[] {
  const box = root.querySelector(`[data-group="${group}"]`);
  return [...(box?.querySelectorAll('h2') ?? [])].map((heading) => heading.textContent ?? '');
}

describe('the options page for a newcomer', () => {
  it('comes in groups, the account first and the advanced settings last', async () => {
    await open();
    const groups = [...root.querySelectorAll('[data-group]')].map((group) =>
      group.getAttribute('data-group'),
    );
    expect(groups).toEqual(['account', 'sites', 'tracking', 'sync', 'data', 'shortcuts', 'advanced']);
    expect(headings('account')).toEqual(['Account']);
    expect(headings('advanced')).toEqual(['Sign-in', 'Caches']);
  });

  it('folds the sign-in method, the client id and the caches away under "Advanced", closed', async () => {
    await open();
    const advanced = root.querySelector<HTMLDetailsElement>('details[data-group="advanced"]');
    expect(advanced?.open).toBe(false);
    expect(advanced?.querySelector('summary')?.textContent).toBe('Advanced');
    for (const control of [
      'input[name="sign-in-mode"]',
      'input[name="client-id"]',
      '[data-action="clear-caches"]',
    ]) {
      expect(advanced?.querySelector(control), control).not.toBeNull();
    }
    // Nothing else is folded: a newcomer's switches stay in sight.
    for (const control of [
      '[data-site="imdb"]',
      'input[name="confirm-writes"]',
      'select[name="sync-interval"]',
    ]) {
      expect(root.querySelector(control)?.closest('details'), control).toBeNull();
    }
    expect(root.querySelector('[data-group="tracking"]')?.textContent).toContain('Track Netflix playback');
  });

  it('says the sync intervals in words', async () => {
    await open();
    const options = [...root.querySelectorAll('select[name="sync-interval"] option')].map(
      (option) => option.textContent,
    );
    expect(options).toEqual([
      'Every 15 minutes',
      'Every 30 minutes',
      'Every hour',
      'Every 3 hours',
      'Every 6 hours',
      'Every 12 hours',
    ]);
    expect(root.querySelector('[data-group="sync"] label')?.textContent).toMatch(/^Sync with Simkl/);
  });

  it.each([
    [45, 'Every 45 minutes'],
    [90, 'Every 90 minutes'],
    [120, 'Every 2 hours'],
    [1440, 'Every 24 hours'],
  ])('words an interval of %i minutes as "%s"', (minutes, words) => {
    expect(syncIntervalText(minutes)).toBe(words);
  });
});
