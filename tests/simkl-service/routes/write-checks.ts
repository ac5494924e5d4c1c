/**
 * What each sync write requires of its items beyond naming a title (docs/simkl-api.md, Sync writes): a list status that
 * exists, `to` on every add-to-list item (`Missed "to" parameter`), a `rating` on every rating, season
 * and episode numbers, and ISO-8601 dates. An out-of-range rating is not an error: it lands in not_found.
 */
import { isRecord, type Reply } from '../http';
import { isListStatus } from '../library';
import { dates, given, type Item, type ItemCheck, missed, wrong } from './write-body';

function numbered(entry: Item): Reply | undefined {
  if (!given(entry.number)) return missed('number');
  const number = Number(entry.number);
  const numeric =
    typeof entry.number === 'number' || (typeof entry.number === 'string' && entry.number !== '');
  return numeric && Number.isInteger(number) && number >= 0 ? undefined : wrong('number');
}

/** `[{number, watched_at?}]`, each season's `episodes` checked the same way. */
function numberedList(field: string, list: unknown, nested: boolean): Reply | undefined {
  if (!given(list)) return undefined;
  if (!Array.isArray(list) || !list.every(isRecord)) return wrong(field);
  for (const entry of list) {
    const error =
      numbered(entry) ??
      dates(entry, ['watched_at']) ??
      (nested ? numberedList('episodes', entry.episodes, false) : undefined);
    if (error) return error;
  }
  return undefined;
}

/** Seasons and a flat episode list on a show; top-level `episodes` items are episodes themselves. */
function episodesOfItem(item: Item, key: string): Reply | undefined {
  if (key === 'episodes') return undefined;
  return numberedList('seasons', item.seasons, true) ?? numberedList('episodes', item.episodes, false);
}

export const historyItem: ItemCheck = (item, key) => {
  if (given(item.status) && !isListStatus(item.status)) return wrong('status');
  return dates(item, ['watched_at', 'added_at']) ?? episodesOfItem(item, key);
};

export const historyRemoveItem: ItemCheck = (item, key) => episodesOfItem(item, key);

export const listItem: ItemCheck = (item) => {
  if (!given(item.to) || item.to === '') return missed('to');
  if (!isListStatus(item.to)) return wrong('to');
  return dates(item, ['watched_at', 'added_at']);
};

export const ratingItem: ItemCheck = (item) => {
  if (!given(item.rating) || item.rating === '') return missed('rating');
  return dates(item, ['rated_at']);
};

/** Removing a rating needs only the title. */
export const anyItem: ItemCheck = () => undefined;
