/**
 * Lenient readers for write bodies: Simkl ignores what it does not understand rather than failing.
 */
import { isRecord } from '../http';

export function bodyObject(body: unknown): Record<string, unknown> {
  return isRecord(body) ? body : {};
}

/** The objects of an array field; anything else counts as empty. */
export function records(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
