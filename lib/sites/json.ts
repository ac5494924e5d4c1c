/**
 * Page JSON (__NEXT_DATA__, JSON-LD, Netflix metadata) is untrusted input: these helpers read it
 * without ever throwing and without trusting any field's type.
 */

export type JsonRecord = Record<string, unknown>;

/** The parsed value, or undefined when the text is missing or not JSON. */
export function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function asRecord(value: unknown): JsonRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonRecord)
    : undefined;
}

/** Walks object keys; any missing step or non-object gives undefined. */
export function pick(value: unknown, ...path: string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    const record = asRecord(current);
    if (!record || !Object.hasOwn(record, key)) return undefined;
    current = record[key];
  }
  return current;
}

/** A non-empty string with whitespace collapsed, or undefined. */
export function asText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text : undefined;
}

/** A non-negative integer from a number or a digit string (ids arrive as both). */
export function asInt(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d{1,15}$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}
