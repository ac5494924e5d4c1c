import type { DetectedMedia, MediaKind } from '../../media';
import { spacedTextOf, textOf } from '../dom';
import { asInt } from '../json';
import { linkTarget } from '../url';
import { kindOfLabel } from './kind';

/** What one row of an IMDb list says about its title, whatever the layout (imdb-list.ts finds the rows). */
const TITLE_LINK = /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/title\/(tt\d{7,})(?:\/|$)/;

/** The tt id a link points at on IMDb, or undefined (a person, a company, another site). */
export function titleIdOf(link: Element, page: URL): string | undefined {
  const target = linkTarget(link, page);
  return target ? TITLE_LINK.exec(target.pathname)?.[1] : undefined;
}

/** Before 2023 an episode row reads "Series (2008–2013) Episode: Ozymandias": the link after the label names it. */
export const followsEpisodeLabel = (link: Element) =>
  /^episode\b/i.test(textOf(link.previousElementSibling) ?? '');

/**
 * The type the row prints: "Episode:" before the name, a label element (`labels`, 2022+), or plain
 * text after the name, "Doctor Who (2005) (TV Series)" (before 2022). Null: a type Simkl does not track.
 */
export function rowKind(entry: Element, link: Element, labels: string): MediaKind | null | undefined {
  if (followsEpisodeLabel(link)) return 'episode';
  for (const label of entry.querySelectorAll(labels)) {
    const kind = kindOfLabel(textOf(label));
    if (kind !== undefined) return kind;
  }
  const holders = [link.parentElement, link.parentElement?.parentElement];
  const plain = holders.flatMap((holder) =>
    Array.from(holder?.childNodes ?? []).filter((n) => n.nodeType === 3),
  );
  const inParens = plain.flatMap((node) => Array.from((node.textContent ?? '').matchAll(/\(([^()]+)\)/g)));
  return inParens.map((match) => kindOfLabel(match[1])).find((kind) => kind !== undefined);
}

const EPISODE_NUMBERS = [
  /\bS(\d{1,3})\s*[.,]?\s*Ep?\s*(\d{1,5})\b/i,
  /Season (\d{1,3})\D{0,20}Episode (\d{1,5})/i,
];

/**
 * An episode row's show, season and number: "S4.E1", "S4, Ep1" or "Season 1 | Episode 1" in the row;
 * the show is the page's (an episode list) or else the row's other title link (search results).
 */
export function addEpisodeFacts(
  media: DetectedMedia,
  entry: Element,
  page: URL,
  known: { show?: string; season?: number },
): void {
  const text = spacedTextOf(entry);
  const numbers = EPISODE_NUMBERS.map((pattern) => pattern.exec(text)).find((match) => match !== null);
  const others = Array.from(entry.querySelectorAll('a[href]'), (link) => titleIdOf(link, page));
  const show = known.show ?? others.find((id) => id !== undefined && id !== media.ids.imdb);
  const season = asInt(numbers?.[1]) ?? known.season;
  const episode = asInt(numbers?.[2]);
  if (show) media.show = { ids: { imdb: show } };
  if (season !== undefined) media.season = season;
  if (episode !== undefined) media.episode = episode;
}
