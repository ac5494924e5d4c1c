/**
 * The import's box on Netflix's viewing-activity page: one line of words, a progress bar, the list
 * of what could not be matched, and one button. Like the title control it lives in a closed shadow
 * root and draws its words with CSS (dom.ts), so the page's scripts cannot read what it says.
 */
import type { ImportAction } from '../../words/import-text';
import { h, logo } from '../ui/dom';
import { trusted } from '../ui/trusted';

/** Marks our host element (the tests find its closed root by it). */
export const IMPORT_ATTRIBUTE = 'data-simkl-import';

export interface PanelState {
  line?: string;
  progress?: { sent: number; total: number };
  /** `find` labels the button that opens the options' import, where each title has its match search. */
  unmatched?: { heading: string; titles: string[]; find?: string };
  action?: ImportAction;
}

const PANEL_CSS = `:host{all:initial;position:fixed!important;opacity:1!important;visibility:visible!important;right:16px;bottom:16px;z-index:2147483646;font:14px/1.4 system-ui,sans-serif;color:#111418}
[data-t]::before{content:attr(data-t)}
.p{display:flex;flex-direction:column;gap:8px;width:340px;max-width:calc(100vw - 64px);padding:12px 14px;border:1px solid #d5dae1;border-radius:10px;background:#fff;box-shadow:0 4px 16px #0003}
.h{display:flex;align-items:center;gap:6px;font-weight:600;color:#0b7bd6}
.x{margin-left:auto;padding:0 8px;border:0;background:none;color:#5b6470;font-size:18px;line-height:1}
p{margin:0}
progress{width:100%}
ul{margin:4px 0 0;padding-left:18px;max-height:120px;overflow:auto;font-size:12px}
button{align-self:flex-start;font:inherit;padding:4px 12px;border:1px solid #0b7bd6;border-radius:99px;background:#0b7bd6;color:#fff;cursor:pointer}
.f{margin-top:6px;background:#fff;color:#0b7bd6}
button:focus-visible{outline:2px solid #0b7bd6;outline-offset:2px}`;

export interface ImportPanel {
  render(state: PanelState): void;
  remove(): void;
}

/**
 * `closeLabel` names the × that takes the box off this page: before the go nothing was sent, so
 * closing a preview is its cancel; an import under way goes on in the background (the popup shows it).
 */
export function mountImportPanel(
  doc: Document,
  onAction: (key: ImportAction['key']) => void,
  onFind: () => void = () => undefined,
  closeLabel = 'Close',
): ImportPanel {
  const host = doc.createElement('span');
  host.setAttribute(IMPORT_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = PANEL_CSS;
  const box = h('div', { class: 'p', role: 'region', 'aria-label': 'Simkl' });
  shadow.append(style, box);
  (doc.body ?? doc.documentElement).append(host);
  return {
    render({ line, progress, unmatched, action }) {
      const parts = [
        h(
          'div',
          { class: 'h' },
          logo(),
          'Simkl',
          h('button', {
            type: 'button',
            class: 'x',
            'data-k': 'close',
            'data-t': '×',
            'aria-label': closeLabel,
            onclick: trusted(() => host.remove()),
          }),
        ),
        line ? h('p', { 'data-k': 'line', role: 'status' }, line) : null,
        progress ? h('progress', { 'data-k': 'bar', max: progress.total, value: progress.sent }) : null,
        unmatched && unmatched.titles.length > 0
          ? h(
              'details',
              { 'data-k': 'unmatched' },
              h('summary', {}, unmatched.heading),
              h('ul', {}, ...unmatched.titles.map((title) => h('li', {}, title))),
              unmatched.find
                ? h(
                    'button',
                    { type: 'button', class: 'f', 'data-k': 'find-unmatched', onclick: trusted(onFind) },
                    unmatched.find,
                  )
                : null,
            )
          : null,
        action
          ? h(
              'button',
              { type: 'button', 'data-k': action.key, onclick: trusted(() => onAction(action.key)) },
              action.label,
            )
          : null,
      ];
      box.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    },
    remove: () => host.remove(),
  };
}
