import type { MessageKey } from '../lib/i18n';
import { t } from '../lib/i18n';
import { nextMenuIndex } from '../lib/page/ui/menu-keys';

export type PopupView = 'page' | 'upnext' | 'upcoming';

const TABS: ReadonlyArray<[PopupView, MessageKey]> = [
  ['page', 'tabThisPage'],
  ['upcoming', 'tabUpcoming'],
  ['upnext', 'tabUpNext'],
];

export const tabId = (view: PopupView) => `tab-${view}`;
export const panelId = (view: PopupView) => `panel-${view}`;

/** The popup's views as WAI-ARIA tabs: arrow keys, Home and End move and select. */
export function PopupTabs({ current, onSelect }: { current: PopupView; onSelect(view: PopupView): void }) {
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = nextMenuIndex(event.key, index, TABS.length);
    const target = next === undefined ? undefined : TABS[next];
    if (!target) return;
    event.preventDefault();
    onSelect(target[0]);
    document.getElementById(tabId(target[0]))?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('tabsLabel')}>
      {TABS.map(([view, label], index) => (
        <button
          key={view}
          type="button"
          role="tab"
          id={tabId(view)}
          aria-selected={current === view}
          aria-controls={panelId(view)}
          tabIndex={current === view ? 0 : -1}
          onClick={() => onSelect(view)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
