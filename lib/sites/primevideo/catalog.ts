/**
 * What Prime Video's detail page knows about its titles (docs/sites.md, Prime Video: what plays), pure:
 * the page carries its state as JSON in `<script type="text/template">` blocks, and within it each title
 * (the film, the season's episodes, their trailers and extras) as the catalog record Prime's own
 * CatalogMetadata gives: `catalog` (id, title, entityType, episodeNumber) and `family.tvAncestors` (the
 * season's number, the series' title). Those fields are language-free, unlike the overlay's words.
 * Where in the state the records sit is unverified, so they are found wherever they are. Untrusted
 * input: read field by field, never throwing.
 */
import { asInt, asRecord, asText, type JsonRecord, parseJson, pick } from '../json';
import { asYear } from '../year';

const STATE_SCRIPTS = 'script[type="text/template"]';

/** One title of the page, as its catalog record tells it. */
export interface PrimeTitle {
  id: string;
  /** Prime's own kind: 'Movie', 'TV Show' (an episode), 'Trailer', 'Bonus Content'. */
  entityType: string;
  title: string;
  /** The series' title, for an episode (and a series' trailer or extra). */
  show?: string;
  season?: number;
  episode?: number;
  year?: number;
}

/** A state nests a few levels deep; a bound keeps a hostile page from walking us forever. */
const MAX_DEPTH = 12;
const MAX_NODES = 20_000;

function titleOf(record: JsonRecord): PrimeTitle | undefined {
  const catalog = asRecord(record.catalog);
  const id = asText(catalog?.id);
  const entityType = asText(catalog?.entityType);
  const title = asText(catalog?.title);
  if (!catalog || !id || !entityType || !title) return undefined;
  const ancestors = pick(record, 'family', 'tvAncestors');
  const catalogs = (Array.isArray(ancestors) ? ancestors : []).map((item) => asRecord(pick(item, 'catalog')));
  const season = catalogs.map((item) => asInt(item?.seasonNumber)).find((value) => value !== undefined);
  // The series is the ancestor that is no season: its title is the one the overlay heads with.
  const show = catalogs
    .filter((item) => item && asInt(item.seasonNumber) === undefined)
    .map((item) => asText(item?.title))
    .find(Boolean);
  const episode = asInt(catalog.episodeNumber);
  const year = asYear(asInt(catalog.releaseYear));
  return {
    id,
    entityType,
    title,
    ...(show ? { show } : {}),
    ...(season !== undefined ? { season } : {}),
    ...(episode !== undefined ? { episode } : {}),
    ...(year ? { year } : {}),
  };
}

function collect(value: unknown, found: Map<string, PrimeTitle>, depth: number, budget: { nodes: number }) {
  if (depth > MAX_DEPTH || budget.nodes-- <= 0 || typeof value !== 'object' || value === null) return;
  const record = asRecord(value);
  const title = record && titleOf(record);
  if (title && !found.has(title.id)) found.set(title.id, title);
  for (const child of Array.isArray(value) ? value : Object.values(value))
    collect(child, found, depth + 1, budget);
}

/** A cheap mark of the page's state as it stands: it changes when the page writes a new state. */
export const stateMark = (doc: Document): string =>
  Array.from(doc.querySelectorAll(STATE_SCRIPTS), (script) => script.textContent?.length ?? 0).join();

/** Every title the page's state names, once each. */
export function primeTitles(doc: Document): PrimeTitle[] {
  const found = new Map<string, PrimeTitle>();
  const budget = { nodes: MAX_NODES };
  for (const script of Array.from(doc.querySelectorAll(STATE_SCRIPTS)))
    collect(parseJson(script.textContent), found, 0, budget);
  return [...found.values()];
}
