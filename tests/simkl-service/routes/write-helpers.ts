/**
 * Lenient readers for bodies Simkl reads loosely (OAuth forms, check-ins) and for fields a strict check
 * has already passed; the sync writes check their bodies first (write-body.ts).
 */
import { isRecord } from '../http';

export function bodyObject(body: unknown): Record<string, unknown> {
  return isRecord(body) ? body : {};
}

/** The objects of an array field; anything else counts as empty. */
export function records(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
