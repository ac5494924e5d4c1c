/**
 * The in-page "Add to Simkl" button and its menu, rendered with plain DOM into the control's
 * shadow root. State lives in the shared item model; every action needs a trusted user event.
 */

import { t } from '../../i18n';
import type { DetectedMedia } from '../../media';
import { h, logo, setAttributes, words } from '../ui/dom';
import { menuItems } from '../ui/menu-keys';
import { trusted } from '../ui/trusted';
import { whenIdle } from '../ui/when-idle';
import type { ControlAction } from './actions';
import { controlLabel, controlNote, lookupNote } from './control-state';
import type { EpisodePart } from './episode-part';
import { createItemModel, type EarlyView } from './item-model';
import { matchNote } from './match-note';
import { createMenuLoader } from './menu-loader';
import { followPanels } from './menu-place';
import { stampForProbe } from './probe-stamp';

export interface PageControlProps {
  /** undefined = still identifying the title; null = it could not be identified. */
  media: DetectedMedia | null | undefined;
  /** Bumped by the runner when the library or account changed in the background. */
  revision: number;
  /** Ask before each write (settings.confirmWrites). */
  confirmWrites?: boolean;
  /**
   * Netflix's player: what is being scrobbled, or the question whether to track at all, drawn for a
   * signed-in user (`ready`) or not (lib/player/playback-line.ts).
   */
  playback?: (ready: boolean) => HTMLElement | undefined;
  /** The title's state without a round trip (the title index), shown until the background answers. */
  early?: EarlyView;
  /** At mount, while `media` is undefined: what the page says so far, looked up in the title index only. */
  identifying?: DetectedMedia;
  /** Episode and season pages' state and actions, on sites that have such pages (episode-part.ts). */
  episodes?: EpisodePart;
}

export interface PageControl {
  update(props: PageControlProps): void;
  /** The keyboard command: focus the button, and open the menu when there is one. */
  showMenu(): void;
  destroy(): void;
}

export function createPageControl(root: HTMLElement, initial: PageControlProps): PageControl {
  let props = initial;
  let open = false;
  let confirming: ControlAction | undefined;
  /** Where focus goes after the next render (data-k of an element), if anywhere. */
  let focusNext: string | undefined;
  const model = createItemModel(render, initial.early);
  // Undefined on a site with no episode or season page: the control shows the title's state alone.
  const part = initial.episodes;
  const episodes = part?.model(
    (asking) => {
      if (asking) focusNext = 'confirm';
      render();
    },
    () => model.refresh(),
  );
  const shadow = root.getRootNode() as ShadowRoot | Document;

  const close = (returnFocus: boolean) => {
    open = false;
    menus.cancel();
    confirming = undefined;
    if (returnFocus) focusNext = 'main';
    if (episodes?.question) void episodes.answer(false);
    render();
  };
  const run = (action: ControlAction) => {
    close(true);
    void model.act(action);
  };
  const onPick = (action: ControlAction) => {
    // Removing also deletes the title's watch history on Simkl: asked every time, whatever the setting.
    if (!props.confirmWrites && action.type !== 'remove') return run(action);
    confirming = action;
    focusNext = 'confirm';
    render();
  };
  // The menu's code comes on demand (menu-loader.ts): a click before it arrived opens it on arrival.
  const menus = createMenuLoader(
    (css) => {
      const style = root.ownerDocument.createElement('style');
      style.textContent = css;
      shadow.append(style);
    },
    () => {
      if (model.state.phase !== 'ready' || open) return;
      open = true;
      render();
      const items = menuItems(root);
      (items.find((item) => item.getAttribute('aria-checked') === 'true') ?? items[0])?.focus();
    },
    () => render(),
  );
  const openMenu = () => menus.open();
  let idleAsked = false;
  let destroyed = false;
  const onMain = trusted(() => {
    if (model.state.phase === 'signed-out') void model.signIn();
    // A second click while the menu is on its way changes nothing: it opens once, on arrival.
    else if (model.state.phase === 'ready') open || confirming ? close(false) : openMenu();
  });
  const onMainKey = trusted((event: KeyboardEvent) => {
    if (model.state.phase !== 'ready' || open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp'))
      return;
    event.preventDefault();
    openMenu();
  });
  // A press outside closes the menu: closing is harmless, so any event may do it. Seen from the
  // document, a closed shadow root hides its insides from composedPath(): its host stands for them.
  const self = 'host' in shadow ? shadow.host : root;
  const onOutside = (event: Event) => {
    if ((open || confirming || episodes?.question || menus.waiting) && !event.composedPath().includes(self))
      close(false);
  };
  root.ownerDocument.addEventListener('pointerdown', onOutside, true);

  // The button and the box around it live as long as the control: a render only updates them. A
  // click whose press and release fell on either side of a redraw of new elements would be lost
  // (the state moves on its own: the index's answer, then the background's, then a sync's).
  const label = words('');
  const dot = h('span', { class: 'dot', 'data-pending': true, 'aria-hidden': 'true' });
  const saving = h('span', { class: 'sr' }, `, ${t('controlSaving')}`);
  const button = h(
    'button',
    {
      type: 'button',
      class: 'main',
      'data-testid': 'simkl-button',
      'data-k': 'main',
      onclick: onMain,
      onkeydown: onMainKey,
      onpointerenter: trusted(() => menus.prefetch()),
      onfocus: trusted(() => menus.prefetch()),
    },
    logo(),
    h('span', { class: 'name' }, label),
  );
  const box = h('div', { class: 'w' }, button);

  const view = root.ownerDocument.defaultView;
  const panels = followPanels(box, button, view);

  function render(): void {
    const state = model.state;
    const ready =
      state.phase === 'ready' && props.media ? { view: state.view, media: props.media } : undefined;
    // Asks the mirror for the episodes when the title's view moved (idempotent: once per answer).
    episodes?.follow(props.media, ready?.view);
    const episodePage = episodes?.page;
    const episodeView = ready && episodePage && episodes.view;
    const note =
      (menus.failed ? t('controlMenuUnavailable') : undefined) ??
      controlNote(state) ??
      lookupNote(state) ??
      episodes?.note;
    const matched = ready && matchNote(ready.media, ready.view);
    const pending = model.busy || episodes?.busy || (ready?.view.pendingWrites ?? 0) > 0;
    const focused = focusNext ?? shadow.activeElement?.getAttribute('data-k') ?? undefined;
    focusNext = undefined;
    const text =
      part && episodeView && episodePage ? part.label(episodePage, episodeView) : controlLabel(state);
    label.setAttribute('data-t', text);
    // In the button only while a write is on its way (not hidden: hidden words are still words).
    if (pending) button.append(dot, saving);
    else for (const mark of [dot, saving]) mark.remove();
    setAttributes(button, {
      'data-phase': state.phase,
      'data-listed': String(Boolean(ready?.view.status)),
      'aria-haspopup': ready ? 'menu' : undefined,
      'aria-expanded': ready ? String(open) : undefined,
      'aria-disabled': String(state.phase === 'unknown' || state.phase === 'loading'),
      'aria-busy': String(state.phase === 'loading' || model.busy || menus.waiting),
      'aria-describedby':
        [note && 'simkl-note', matched && 'simkl-match'].filter(Boolean).join(' ') || undefined,
    });
    // Everything after the button is drawn anew; the button itself never leaves the page.
    while (box.lastChild && box.lastChild !== button) box.lastChild.remove();
    const menu = menus.part;
    // Once the title's state shows, the menu is fetched while the browser is idle, ahead of a click.
    if (ready && !menu && !idleAsked) {
      idleAsked = true;
      whenIdle(view, () => destroyed || menus.prefetch());
    }
    box.append(
      ...[
        ...(menu && ready
          ? menu.panels({
              ...ready,
              open,
              confirming,
              question: episodes?.question,
              episode:
                part && episodePage
                  ? {
                      page: episodePage,
                      view: episodes.view,
                      pick: (action) => {
                        close(true);
                        void episodes.pick(action, props.confirmWrites);
                      },
                    }
                  : undefined,
              onPick,
              run,
              close,
              answer: (yes) => {
                void episodes?.answer(yes);
                close(true);
              },
            })
          : []),
        // Under the button's fixed box, out of the page's flow (control-styles.ts), one above the other.
        h(
          'div',
          { class: 'notes' },
          note && h('p', { id: 'simkl-note', class: 'note', role: 'status' }, note),
          matched && h('p', { id: 'simkl-match', class: 'note i' }, matched),
          props.playback?.(state.phase === 'ready'),
        ),
      ].filter((child): child is HTMLElement => Boolean(child)),
    );
    if (box.parentNode !== root) root.replaceChildren(box);
    panels.place();
    if (focused) root.querySelector<HTMLElement>(`[data-k="${focused}"]`)?.focus();
    if ('host' in shadow) stampForProbe(shadow.host, state.phase, text);
  }

  model.show(props.media, props.identifying);
  return {
    update(next) {
      const previous = props;
      props = next;
      if (JSON.stringify(next.media) !== JSON.stringify(previous.media)) {
        open = false;
        confirming = undefined;
        menus.cancel();
        model.show(next.media);
      } else if (next.revision !== previous.revision) model.refresh();
      else render();
    },
    showMenu() {
      focusNext = 'main';
      if (model.state.phase === 'ready') openMenu();
      else render();
    },
    destroy() {
      destroyed = true;
      root.ownerDocument.removeEventListener('pointerdown', onOutside, true);
      panels.stop();
      root.replaceChildren();
    },
  };
}
