/**
 * Checks of one public/_locales/<locale>/messages.json against English. Each check returns the
 * problems it found as readable lines ("status_hold: missing"), so a failing test names every bad key
 * at once instead of stopping at the first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES_DIR = join(process.cwd(), 'public', '_locales');

interface Placeholder {
  content: string;
  example?: string;
}

export interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, Placeholder>;
}

export type Catalog = Record<string, Entry>;

/** The parsed file, or why it could not be read as a catalog. */
export type Loaded = { ok: true; catalog: Catalog } | { ok: false; problems: string[] };

export function localeFolders(): string[] {
  return readdirSync(LOCALES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function loadLocale(locale: string): Loaded {
  const file = join(LOCALES_DIR, locale, 'messages.json');
  if (!existsSync(file)) return { ok: false, problems: [`${locale}/messages.json does not exist`] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, problems: [`${locale}/messages.json is not JSON: ${(error as Error).message}`] };
  }
  return asCatalog(parsed);
}

/** Chrome and Firefox read only `message` (a string) and the optional `placeholders` of each key. */
export function asCatalog(parsed: unknown): Loaded {
  if (!isRecord(parsed)) return { ok: false, problems: ['the file is not a JSON object'] };
  const problems = Object.entries(parsed).flatMap(([key, entry]) => {
    if (!isRecord(entry)) return [`${key}: not an object`];
    if (typeof entry.message !== 'string') return [`${key}: message is not a string`];
    if (entry.placeholders !== undefined && !isRecord(entry.placeholders)) {
      return [`${key}: placeholders is not an object`];
    }
    return [];
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalog: parsed as Catalog };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
