import { backgroundTheme, type PageTheme, systemTheme } from '../ui/page-theme';

/**
 * The theme around each title link (its badge follows the site: a dark hero, a light list), as
 * pageTheme() finds it from the link's parent up, but each ancestor's style read once for the whole
 * list: a 250-entry chart's links share most of their ancestors.
 */
export function themesOf(links: Element[]): PageTheme[] {
  const view = links[0]?.ownerDocument.defaultView ?? null;
  const known = new Map<Element, PageTheme>();
  const themeFrom = (start: Element): PageTheme => {
    const passed: Element[] = [];
    let theme: PageTheme | undefined;
    for (let element: Element | null = start; element && view && !theme; element = element.parentElement) {
      theme = known.get(element) ?? backgroundTheme(element, view);
      passed.push(element);
    }
    theme ??= systemTheme(view);
    for (const element of passed) known.set(element, theme);
    return theme;
  };
  return links.map((link) => themeFrom(link.parentElement ?? link));
}
