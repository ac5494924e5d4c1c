/**
 * Whether the site around the control is dark or light: the first mostly opaque background
 * behind it decides (a dark IMDb hero, a light TMDB page); with none, the system preference.
 */
export type PageTheme = 'light' | 'dark';

export function pageTheme(from: Element): PageTheme {
  const view = from.ownerDocument.defaultView;
  for (let element: Element | null = from; element && view; element = element.parentElement) {
    const theme = backgroundTheme(element, view);
    if (theme) return theme;
  }
  return systemTheme(view);
}

/** The theme of the element's own background when it is mostly opaque; undefined when it shows through. */
export function backgroundTheme(element: Element, view: Window): PageTheme | undefined {
  const rgba = parseColor(view.getComputedStyle(element).backgroundColor);
  if (rgba && (rgba[3] ?? 1) >= 0.5) return luminance(rgba) < 0.4 ? 'dark' : 'light';
  return undefined;
}

export function systemTheme(view: Window | null): PageTheme {
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Computed colours read "rgb(1, 2, 3)" or "rgba(1, 2, 3, 0.5)" → [1, 2, 3, 0.5]. */
export function parseColor(value: string | undefined): number[] | undefined {
  const numbers = /^rgba?\(([^)]*)\)$/.exec(value?.trim() ?? '')?.[1]?.match(/[\d.]+%?/g);
  if (!numbers || numbers.length < 3) return undefined;
  return numbers.map((n) => (n.endsWith('%') ? Number.parseFloat(n) / 100 : Number(n)));
}

/** Relative luminance 0..1 (WCAG). */
function luminance(rgb: number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
