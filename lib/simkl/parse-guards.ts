/**
 * Small guards for reading Simkl's JSON as `unknown`. Anything that does not fit the contract
 * becomes one SimklError of kind 'invalid-response', never a TypeError deep in the background.
 */
import { SimklError } from '../errors';

export type JsonRecord = Record<string, unknown>;

export function invalid(what: string): never {
  throw new SimklError('invalid-response', `unexpected ${what}`);
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function expectRecord(value: unknown, what: string): JsonRecord {
  return isRecord(value) ? value : invalid(what);
}

/** Arrays, with `null` and `{}` read as empty: Simkl answers all three for "nothing". */
export function expectList(value: unknown, what: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === null || value === undefined || (isRecord(value) && Object.keys(value).length === 0))
    return [];
  return invalid(what);
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** An integer given as a number or a numeric string ("2007"). */
export function optionalInt(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) ? number : undefined;
}

export function optionalNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** A timestamp string or null; anything else is garbage. */
export function nullableDate(value: unknown, what: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'string' ? value : invalid(what);
}

/** Drops undefined values so optional fields stay absent instead of `key: undefined`. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
