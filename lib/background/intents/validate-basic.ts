/** Small checks for untrusted message data: typed, bounded, nothing else trusted. */

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isBoundedString(value: unknown, max: number, pattern?: RegExp): value is string {
  return (
    typeof value === 'string' && value.length > 0 && value.length <= max && (!pattern || pattern.test(value))
  );
}

export function isBoundedInt(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Thrown inside validators; the router turns it into a refused message. */
export class InvalidMessage extends Error {
  constructor(field: string) {
    super(`Invalid message: ${field}.`);
    this.name = 'InvalidMessage';
  }
}

export function check(condition: boolean, field: string): asserts condition {
  if (!condition) throw new InvalidMessage(field);
}

/** An optional field: absent or valid. */
export function optional<T>(
  value: unknown,
  isValid: (value: unknown) => value is T,
  field: string,
): T | undefined {
  if (value === undefined) return undefined;
  check(isValid(value), field);
  return value;
}
