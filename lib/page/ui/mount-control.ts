import { pageTheme } from '../page-theme';
import { CONTROL_CSS } from './control-styles';
import { createPageControl, type PageControlProps } from './page-control';

/** Marks our host element: the runner never leaves two, and removes strays from older scripts. */
export const CONTROL_ATTRIBUTE = 'data-simkl-control';

export interface MountedControl {
  host: HTMLElement;
  update(props: PageControlProps): void;
  /** Puts the host after `anchor`, or floating at the bottom right when there is none. */
  place(anchor: Element | null): void;
  remove(): void;
}

/**
 * Renders the control into an open shadow root on its own host element, so the site's CSS cannot
 * restyle it. The style is a <style> inside the shadow root, not a stylesheet URL to fetch.
 */
export function mountControl(doc: Document, anchor: Element | null, props: PageControlProps): MountedControl {
  const host = doc.createElement('simkl-control');
  host.setAttribute(CONTROL_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CONTROL_CSS;
  const root = doc.createElement('div');
  shadow.append(style, root);

  const place = (where: Element | null) => {
    if (where) where.after(host);
    else (doc.body ?? doc.documentElement).append(host);
    host.toggleAttribute('data-floating', !where);
    host.setAttribute('data-theme', pageTheme(where ?? doc.body ?? doc.documentElement));
  };
  place(anchor);
  const control = createPageControl(root, props);
  return {
    host,
    update: control.update,
    place,
    remove() {
      control.destroy();
      host.remove();
    },
  };
}

export function removeAllControls(doc: Document): void {
  for (const stray of doc.querySelectorAll(`[${CONTROL_ATTRIBUTE}]`)) stray.remove();
}
