/**
 * Ids and types as Simkl spells them in its many answers (docs/simkl-api.md, Ids and media objects): `simkl`
 * or `simkl_id`, numbers or strings, `tv` or `show`. Folded here into one shape: the Simkl id a number, every
 * other id a string.
 */
import type { SimklItem, SimklType } from '../media';
import { invalid, isRecord, optionalInt } from './parse-guards';

export type NormalisedIds = SimklItem['ids'];

/** Positive integer Simkl id from `simkl` or `simkl_id`, or undefined. */
export function readSimklId(ids: Record<string, unknown>): number | undefined {
  const id = optionalInt(ids.simkl ?? ids.simkl_id);
  return id !== undefined && id > 0 ? id : undefined;
}

/** Reads an `ids` object; throws 'invalid-response' when it carries no usable Simkl id. */
export function normaliseIds(raw: unknown, what: string): NormalisedIds {
  if (!isRecord(raw)) return invalid(`${what}: no ids`);
  const simkl = readSimklId(raw);
  if (simkl === undefined) return invalid(`${what}: no Simkl id`);
  const ids: NormalisedIds = { simkl };
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'simkl' || key === 'simkl_id') continue;
    if (typeof value === 'string' && value !== '') ids[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) ids[key] = String(value);
  }
  return ids;
}

const TYPE_WORDS: Record<string, SimklType> = {
  movie: 'movie',
  movies: 'movie',
  show: 'show',
  shows: 'show',
  tv: 'show',
  anime: 'anime',
};

/** `tv`, `show`, `shows`, `movies`… (any case) → the SimklType, or undefined. */
export function readType(value: unknown): SimklType | undefined {
  return typeof value === 'string' ? TYPE_WORDS[value.toLowerCase()] : undefined;
}

/** Anime types arrive as `tv`, `TV`, `music video`…; kept lower-case. */
export function readAnimeType(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toLowerCase() : undefined;
}
