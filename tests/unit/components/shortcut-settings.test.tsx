import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ShortcutSettings } from '../../../components/ShortcutSettings';
import { settle, stubI18n } from '../page/helpers';

type Commands = typeof fakeBrowser.commands & { openShortcutSettings?: () => Promise<void> };

let root: HTMLElement;
const commands = fakeBrowser.commands as Commands;

beforeEach(() => {
  stubI18n();
  commands.getAll = vi.fn(async () => [
    { name: '_execute_action', description: '', shortcut: 'Alt+Shift+K' },
    { name: 'open-page-menu', description: 'Open the Simkl menu on this page', shortcut: '' },
  ]);
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => {
  render(null, root);
  Reflect.deleteProperty(commands, 'openShortcutSettings');
  vi.restoreAllMocks();
});

async function open() {
  await act(() => render(<ShortcutSettings />, root));
  await settle(4);
}

const click = async (selector: string) => {
  await act(() => root.querySelector<HTMLButtonElement>(selector)?.click());
  await settle();
};

describe('the shortcuts in the options', () => {
  it('lists each command with the shortcut the browser has for it now', async () => {
    await open();
    const items = [...root.querySelectorAll('[data-command]')].map((item) => item.textContent);
    expect(items).toEqual(['Open the Simkl popup: Alt+Shift+K', 'Open the Simkl menu on this page: Not set']);
  });

  it('reads them again when the page gets focus back from the browser’s settings', async () => {
    await open();
    commands.getAll = vi.fn(async () => [
      { name: 'open-page-menu', description: 'Menu', shortcut: 'Ctrl+M' },
    ]);
    await act(() => {
      dispatchEvent(new Event('focus'));
    });
    await settle(4);
    expect(root.querySelector('[data-command]')?.textContent).toBe('Menu: Ctrl+M');
  });

  it('opens chrome://extensions/shortcuts in a tab where the browser has no opener of its own', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await open();
    await click('[data-action="change-shortcuts"]');
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('uses Firefox’s own opener when there is one, and opens no tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    commands.openShortcutSettings = vi.fn(async () => undefined);
    await open();
    await click('[data-action="change-shortcuts"]');
    expect(commands.openShortcutSettings).toHaveBeenCalledOnce();
    expect(create).not.toHaveBeenCalled();
  });
});
