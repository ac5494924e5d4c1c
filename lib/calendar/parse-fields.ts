/**
 * Defensive readers for single fields of the calendar files. Every one returns `undefined` for
 * anything it does not recognise, so a bad row is skipped instead of throwing.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A positive integer given as a number or a numeric string (Simkl sends both). */
export function readPositiveInt(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number > 0 ? number : undefined;
}

/** A season or episode number: season 0 holds specials, so zero is allowed. */
export function readCount(value: unknown): number | undefined {
  if (value === 0 || value === '0') return 0;
  return readPositiveInt(value);
}

/** The Simkl id of a row or an `ids` object: `simkl_id` in calendar files, `simkl` elsewhere. */
export function readSimklId(source: unknown): number | undefined {
  if (!isRecord(source)) return undefined;
  return readPositiveInt(source.simkl_id) ?? readPositiveInt(source.simkl);
}

export function readText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/**
 * A timestamp as UTC ISO. v2 dates end in `Z`, v1 dates keep the network's offset and
 * `release_date` is a bare `YYYY-MM-DD` (read as UTC midnight), see docs/simkl-api.md, Dates.
 */
export function readInstant(value: unknown): string | undefined {
  const text = readText(value);
  if (!text || !/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A poster path with JSON's escaped slashes (`74\/7441…`) undone and stray slashes trimmed. */
export function readPosterPath(value: unknown): string | undefined {
  const text = readText(value);
  return text?.replace(/\\\//g, '/').replace(/^\/+|\/+$/g, '') || undefined;
}

/** `episode:{season?, episode, title?}`: season is absent for anime, title only in v2. */
export function readEpisodeFields(value: unknown): {
  season?: number;
  episode?: number;
  episodeTitle?: string;
} {
  if (!isRecord(value)) return {};
  const fields: { season?: number; episode?: number; episodeTitle?: string } = {};
  const season = readCount(value.season);
  const episode = readCount(value.episode);
  const episodeTitle = readText(value.title);
  if (season !== undefined) fields.season = season;
  if (episode !== undefined) fields.episode = episode;
  if (episodeTitle) fields.episodeTitle = episodeTitle;
  return fields;
}
