import type { DetectedMedia, MediaIds } from '../media';
import type { ListedTitle } from './adapter';

/**
 * Where a list's entries are: one element per listed title (a row, a card, a tile) and the link in
 * it that names the title. Entries usually link their title twice (poster and name,
 * docs/sites.md, List pages): the badge belongs on the name, so `name` picks that one and the entry's other
 * links are ignored.
 */
export interface EntryRule {
  entry: string;
  /**
   * Selectors in order of preference (the first that finds a link inside the entry, or the entry
   * itself when it matches), or a picker. Omitted: the entry is the link.
   */
  name?: readonly string[] | ((entry: Element) => Element | null | undefined);
}

/** Each title once, at its first entry, by the id `key` names (a list may show a title twice). */
export function firstPerId(found: ListedTitle[], key: keyof MediaIds): ListedTitle[] {
  const seen = new Set<unknown>();
  return found.filter(({ media }) => {
    const id = media.ids[key];
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Site chrome: titles linked from navigation, footers and sidebars are never entries. */
const CHROME =
  'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"], [role="banner"]';

function nameLink(entry: Element, rule: EntryRule): Element | null {
  if (rule.name === undefined) return entry;
  if (typeof rule.name === 'function') return rule.name(entry) ?? null;
  for (const selector of rule.name) {
    const link = entry.matches(selector) ? entry : entry.querySelector(selector);
    if (link) return link;
  }
  return null;
}

/**
 * The entries the rules find, in document order, each with what `mediaOf` reads from its name link.
 * An entry whose name link names no title (a person, a manga) is left out rather than replaced by
 * another of its links, and a link found through two rules counts once.
 */
export function findEntries(
  root: ParentNode,
  rules: readonly EntryRule[],
  mediaOf: (link: Element, entry: Element) => DetectedMedia | undefined,
  exclude?: string,
): ListedTitle[] {
  if (rules.length === 0) return [];
  const skip = exclude ? `${CHROME}, ${exclude}` : CHROME;
  const seen = new Set<Element>();
  const found: ListedTitle[] = [];
  for (const entry of root.querySelectorAll(rules.map((rule) => rule.entry).join(', '))) {
    const rule = rules.find((candidate) => entry.matches(candidate.entry));
    const link = rule ? nameLink(entry, rule) : null;
    if (!link || seen.has(link) || link.closest(skip)) continue;
    seen.add(link);
    const media = mediaOf(link, entry);
    if (media) found.push({ element: link, media });
  }
  return found;
}

/** The entries with each title once, its first entry kept: a list may link a title twice. */
export function firstOfEach(entries: ListedTitle[], keyOf: (media: DetectedMedia) => string): ListedTitle[] {
  const seen = new Set<string>();
  return entries.filter(({ media }) => {
    const key = keyOf(media);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
