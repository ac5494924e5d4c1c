/**
 * What Disney+'s player page says plays (docs/sites.md, Disney+: the player), pure: the page's own
 * structured data (a JSON-LD TVEpisode or Movie) first; else the player's title field, a name, with
 * season and episode as the first two numbers of its subtitle, whose words are the user's language
 * ("S1: E5", "T1: ep. 5", "S1: afl. 5") and never matched. Disney+ gives no ids: Simkl is asked by title.
 */
import type { DetectedMedia } from '../../media';
import { scriptTexts, textOf } from '../dom';
import { asInt, asRecord, asText, type JsonRecord, parseJson, pick } from '../json';
import { asYear } from '../year';

const SELECTORS = {
  /** The player's overlay, seen on https://www.disneyplus.com/play/<id> (2024 player). */
  titleField: '.title-field',
  subtitleField: '.subtitle-field',
  jsonLd: 'script[type="application/ld+json"]',
} as const;

function jsonLdRecord(doc: Document): JsonRecord | undefined {
  for (const text of scriptTexts(doc, SELECTORS.jsonLd)) {
    const parsed = parseJson(text);
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      const record = asRecord(item);
      if (record?.['@type'] === 'TVEpisode' || record?.['@type'] === 'Movie') return record;
    }
  }
  return undefined;
}

function fromJsonLd(record: JsonRecord): DetectedMedia | null {
  const name = asText(record.name);
  if (record['@type'] === 'Movie') {
    const year = asYear(asText(record.dateCreated) ?? asText(record.datePublished));
    return name
      ? { site: 'disneyplus', kind: 'movie', ids: {}, title: name, ...(year ? { year } : {}) }
      : null;
  }
  const series = asText(pick(record, 'partOfSeries', 'name'));
  const season = asInt(pick(record, 'partOfSeason', 'seasonNumber'));
  const episode = asInt(record.episodeNumber);
  if (!series || episode === undefined) return null;
  return {
    site: 'disneyplus',
    kind: 'episode',
    ids: {},
    ...(name ? { title: name } : {}),
    show: { ids: {}, title: series },
    season: season ?? 1,
    episode,
  };
}

function fromOverlay(doc: Document): DetectedMedia | null {
  const title = textOf(doc.querySelector(SELECTORS.titleField));
  if (!title) return null;
  const subtitle = textOf(doc.querySelector(SELECTORS.subtitleField)) ?? '';
  const [season, episode] = (subtitle.match(/\d+/g) ?? []).map(Number);
  if (season === undefined) return { site: 'disneyplus', kind: 'movie', ids: {}, title };
  if (episode === undefined) return null;
  return { site: 'disneyplus', kind: 'episode', ids: {}, show: { ids: {}, title }, season, episode };
}

export function disneyplusNowPlaying(doc: Document): DetectedMedia | null {
  const record = jsonLdRecord(doc);
  return (record && fromJsonLd(record)) ?? fromOverlay(doc);
}
