import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

const POPUP_COMMANDS = ['_execute_action', '_execute_browser_action'];

async function readShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.map((command) => ({
    name: command.name ?? '',
    description: POPUP_COMMANDS.includes(command.name ?? '')
      ? t('shortcutOpenPopup')
      : (command.description ?? command.name ?? ''),
    shortcut: command.shortcut ?? '',
  }));
}

/**
 * The browser's own shortcut settings: Firefox (137+) opens them itself; Chrome lets an extension
 * page open chrome://extensions/shortcuts in a tab, which no web link can.
 */
function openShortcutSettings(): Promise<unknown> {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
  return browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** The keyboard shortcuts as the browser has them now, and the way to change them there. */
export function ShortcutSettings() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    // Read again when the user comes back from the browser's settings.
    const load = () => void readShortcuts().then(setShortcuts, () => undefined);
    load();
    addEventListener('focus', load);
    return () => removeEventListener('focus', load);
  }, []);
  const change = () => void openShortcutSettings().catch(() => setFailed(true));
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('shortcutsHeading')}</h2>
      <ul class="stats" data-testid="shortcuts">
        {shortcuts.map((entry) => (
          <li key={entry.name} data-command={entry.name}>
            {entry.description}: {entry.shortcut ? <kbd>{entry.shortcut}</kbd> : t('shortcutNotSet')}
          </li>
        ))}
      </ul>
      <div class="row">
        <button type="button" data-action="change-shortcuts" onClick={change}>
          {t('shortcutsChange')}
        </button>
      </div>
      <p class="muted" role={failed ? 'alert' : undefined}>
        {t('shortcutsHint')}
      </p>
    </section>
  );
}
