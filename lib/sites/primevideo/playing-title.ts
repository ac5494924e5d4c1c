/**
 * Which of the page's titles the player shows (docs/sites.md, Prime Video: what plays), pure. Prime's
 * player opens over the detail page at the page's own address and names what plays only in its overlay:
 * a heading (the series or the film) and a subtitle whose words are the user's language ("Season 1, Ep.
 * 4 The Ghouls", "Staffel 1, Folge 4 …"). Those words are never read for meaning: the overlay's two
 * texts are only compared with the titles of the page's own catalog records (same page, same language),
 * and the season and episode numbers come from the records.
 */
import type { PrimeTitle } from './catalog';

/** The overlay's texts: its heading, and its subtitle ('' when it has none, as for a film). */
export interface OverlayTexts {
  heading: string;
  subtitle: string;
}

/** The number stands alone in the text (1 in "Ep. 1", not in "Ep. 12"). */
const namesNumber = (text: string, value: number) => new RegExp(`(^|\\D)${value}(\\D|$)`).test(text);

/** A record the subtitle names: its own title is in it, under the heading its series (or film) has. */
function namedBySubtitle(
  title: PrimeTitle,
  { heading, subtitle }: OverlayTexts,
  films: Set<string>,
): boolean {
  if (!subtitle.includes(title.title)) return false;
  if (title.episode !== undefined && !namesNumber(subtitle, title.episode)) return false;
  // A series' episodes, trailers and extras sit under the series; a film's trailer under the film.
  return title.show ? title.show === heading : films.has(heading);
}

/**
 * The title the overlay shows, or null when no record fits it (the page's state is gone or is another
 * page's): the longest title the subtitle names wins ("Pilot" inside "Pilot, Part 2"); with nothing
 * named there, the film whose title is the heading.
 */
export function playingTitle(titles: readonly PrimeTitle[], overlay: OverlayTexts): PrimeTitle | null {
  const films = new Set(titles.filter((title) => title.entityType === 'Movie').map((title) => title.title));
  const named = titles
    .filter((title) => overlay.subtitle && namedBySubtitle(title, overlay, films))
    .sort((a, b) => b.title.length - a.title.length);
  if (named[0]) return named[0];
  return titles.find((title) => title.entityType === 'Movie' && title.title === overlay.heading) ?? null;
}
