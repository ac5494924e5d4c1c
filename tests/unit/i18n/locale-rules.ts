/**
 * What every translation must keep from English. Each rule compares one locale's catalog with the
 * English one and lists what is wrong, one line per key.
 */
import type { Catalog, Entry } from './locale-checks';

export interface LocaleRule {
  name: string;
  problems(catalog: Catalog, english: Catalog): string[];
}

/** `$STATUS$` in a message; browsers match these to placeholder names without regard to case. */
export function messageTokens(message: string): string[] {
  const names = Array.from(message.matchAll(/\$([A-Za-z0-9_@]+)\$/g), (match) => match[1]!.toLowerCase());
  return [...new Set(names)].sort();
}

/** "episode=$1" for each placeholder, so renamed names and swapped contents both show. */
export function placeholderSignature(entry: Entry): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, placeholder]) => `${name.toLowerCase()}=${placeholder.content}`)
    .sort();
}

const sharedKeys = (catalog: Catalog, english: Catalog): string[] =>
  Object.keys(english).filter((key) => key in catalog);

const same = (a: string[], b: string[]): boolean => a.join('\n') === b.join('\n');

/** Chrome's manifest limits; the stores reject longer ones. */
const STORE_LIMITS: Record<string, number> = { extName: 75, extDescription: 132 };

export const LOCALE_RULES: LocaleRule[] = [
  {
    name: 'has every key English has',
    problems: (catalog, english) =>
      Object.keys(english)
        .filter((key) => !(key in catalog))
        .map((key) => `${key}: missing`),
  },
  {
    name: 'has no key English lacks',
    problems: (catalog, english) =>
      Object.keys(catalog)
        .filter((key) => !(key in english))
        .map((key) => `${key}: not in English (renamed or removed there?)`),
  },
  {
    name: 'uses the same $NAME$ tokens as English, each declared',
    problems: (catalog, english) =>
      sharedKeys(catalog, english).flatMap((key) => {
        const used = messageTokens(catalog[key]!.message);
        const expected = messageTokens(english[key]!.message);
        const declared = Object.keys(catalog[key]!.placeholders ?? {}).map((name) => name.toLowerCase());
        const undeclared = used.filter((name) => !declared.includes(name));
        return [
          ...(same(used, expected) ? [] : [`${key}: uses [${used}] where English uses [${expected}]`]),
          ...(undeclared.length > 0 ? [`${key}: [${undeclared}] have no placeholder`] : []),
        ];
      }),
  },
  {
    name: 'keeps the placeholders object of English (names and contents)',
    problems: (catalog, english) =>
      sharedKeys(catalog, english).flatMap((key) => {
        const actual = placeholderSignature(catalog[key]!);
        const expected = placeholderSignature(english[key]!);
        return same(actual, expected) ? [] : [`${key}: placeholders [${actual}], English has [${expected}]`];
      }),
  },
  {
    name: 'has no empty message',
    problems: (catalog) =>
      Object.entries(catalog)
        .filter(([, entry]) => entry.message.trim() === '')
        .map(([key]) => `${key}: empty message`),
  },
  {
    name: 'fits the store limits for the name and description',
    problems: (catalog) =>
      Object.entries(STORE_LIMITS).flatMap(([key, limit]) => {
        const length = catalog[key]?.message.length ?? 0;
        return length > limit ? [`${key}: ${length} characters, the limit is ${limit}`] : [];
      }),
  },
];
