/**
 * A title a player names by its words alone (no ids: Disney+, Prime Video, Max, Apple TV+), resolved by
 * Simkl's text search (docs/architecture.md, A playback). An episode is looked up by its series, so the
 * lookup's key (and a "Not this?" correction stored under it) holds for every episode of the series.
 */
import type { SimklItem, SimklType } from '../media';
import type { SearchResult } from '../simkl/api';
import { lookupTarget, type MediaRef, simklTypesFor } from './kinds';

/** What a title-only media is looked up as. `cacheKey` names the page's site, its kind and title. */
export interface TitleLookup {
  cacheKey: string;
  text: string;
  year?: number;
  types: SimklType[];
}

export type TitleMediaRef = MediaRef & { title?: string; year?: number };

/** The title words as a key: lower case, one space, no punctuation but letters and digits of any script. */
const keyWords = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The text lookup for a media with no id at all, or null (a media with ids goes to `/search/id`). */
export function titleLookup(media: TitleMediaRef): TitleLookup | null {
  const target = lookupTarget(media);
  if (Object.keys(target.ids).length > 0 || Object.keys(media.ids).length > 0) return null;
  const series = media.kind === 'episode';
  const text = series ? media.show?.title : media.title;
  const words = text && keyWords(text);
  if (!text || !words) return null;
  // A film's year tells remakes apart; an episode's year is its airing's, not the series'.
  const year = series ? undefined : media.year;
  const kind = series ? 'show' : (media.kind ?? 'any');
  const cacheKey = `${media.site}:title:${kind}:${words}${year ? `:${year}` : ''}`;
  return { cacheKey, text, ...(year ? { year } : {}), types: simklTypesFor(target.kind) };
}

/**
 * The search's best answer (`results`: each type's in the likeliest type's order): the same title words
 * first, then the year (±1), then Simkl's own first; "Matched as" shows it and **Not this?** corrects it.
 */
export function pickTitleResult(lookup: TitleLookup, results: SearchResult[]): SimklItem | null {
  const near = (result: SearchResult) =>
    lookup.year === undefined || (result.year !== undefined && Math.abs(result.year - lookup.year) <= 1);
  const same = (result: SearchResult) => keyWords(result.title) === keyWords(lookup.text);
  const best =
    results.find((result) => same(result) && near(result)) ??
    results.find(same) ??
    results.find(near) ??
    results[0];
  if (!best) return null;
  const { type, simkl, title, year, poster, ids } = best;
  return { type, ids: { ...ids, simkl }, title, ...(year ? { year } : {}), ...(poster ? { poster } : {}) };
}
