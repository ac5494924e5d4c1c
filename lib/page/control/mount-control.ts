import { episodeLabelsToFit } from '../../words/episode-label';
import { h } from '../ui/dom';
import { followPageTheme } from '../ui/follow-page-theme';
import { pageTheme } from '../ui/page-theme';
import { placeHost } from './control-placement';
import { labelsToFit } from './control-state';
import { CONTROL_CSS } from './control-styles';
import { createPageControl, type PageControlProps } from './page-control';

/** Marks our host element: the runner never leaves two, and removes strays from older scripts. */
export const CONTROL_ATTRIBUTE = 'data-simkl-control';

export interface MountedControl {
  host: HTMLElement;
  update(props: PageControlProps): void;
  showMenu(): void;
  /** Puts the host after `anchor`, or floating at the bottom right when there is none (or it is hidden by full screen). */
  place(anchor: Element | null): void;
  remove(): void;
}

/**
 * Renders the control into a **closed** shadow root on its own host element: the site's CSS cannot
 * restyle it, and the site's scripts cannot read it. The page must not learn what is on the user's
 * lists: `host.shadowRoot` is null, `innerText` and `querySelector` stop at the host, and the
 * content script's `attachShadow` is its own world's (Chrome's isolated world, Firefox's Xray
 * view), so a page that patched `Element.prototype.attachShadow` beforehand changes nothing. The
 * host is a plain <span>, not a custom element name: a page that defined `simkl-control` itself
 * would construct our host, and `attachInternals()` hands a custom element's constructor the
 * closed root attached to it later (ElementInternals.shadowRoot). The style is a <style> inside
 * the shadow root, not a stylesheet URL to fetch; control-styles.ts says what keeps its geometry
 * and its words unreadable too.
 */
export function mountControl(doc: Document, anchor: Element | null, props: PageControlProps): MountedControl {
  const host = doc.createElement('span');
  host.setAttribute(CONTROL_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CONTROL_CSS;
  const root = doc.createElement('div');
  root.className = 'r';
  shadow.append(style, root);

  // Where the theme is read from: the anchor, or the page when the control floats.
  let themeFrom: Element = doc.documentElement;
  const retheme = () => {
    if (themeFrom.isConnected) host.setAttribute('data-theme', pageTheme(themeFrom));
  };
  const place = (where: Element | null) => {
    placeHost(doc, host, where);
    themeFrom = where ?? doc.body ?? doc.documentElement;
    retheme();
  };
  place(anchor);
  const following = new AbortController();
  followPageTheme(doc, retheme, following.signal);
  const width = widestButton(shadow, [...labelsToFit(), ...episodeLabelsToFit()]);
  if (width > 0) style.textContent = `${CONTROL_CSS}:host{width:${width}px!important}`;
  const control = createPageControl(root, props);
  return {
    ...control,
    host,
    place,
    remove() {
      following.abort();
      control.destroy();
      host.remove();
    },
  };
}

/** The button around its label: padding, border, logo, gaps and the saving dot (control-styles.ts). */
const BUTTON_EXTRA_PX = 24 + 2 + 16 + 6 + 6 + 7;

/**
 * How wide the button is for the widest of `labels`, in px (0 when the page lays nothing out). It
 * depends on the locale and the fonts, never on the title's state, so every control on a page of
 * this browser gets the same box. Measured hidden (one grid column, as wide as its widest row),
 * and gone before any page script can run.
 */
function widestButton(shadow: ShadowRoot, labels: string[]): number {
  const probe = h('div', { class: 'fit' }, ...labels);
  shadow.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width > 0 ? Math.ceil(width) + BUTTON_EXTRA_PX : 0;
}

export function removeAllControls(doc: Document): void {
  for (const stray of doc.querySelectorAll(`[${CONTROL_ATTRIBUTE}]`)) stray.remove();
}
