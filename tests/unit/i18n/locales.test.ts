import { describe, expect, it } from 'vitest';
import { type Catalog, loadLocale, localeFolders } from './locale-checks';
import { LOCALE_RULES } from './locale-rules';

/** The languages the extension ships (eight, plus English, the default_locale). */
const REQUIRED_LOCALES = ['en', 'de', 'fr', 'es', 'pt_BR', 'it', 'ja', 'ru', 'pl'];

function catalogOf(locale: string): Catalog {
  const loaded = loadLocale(locale);
  if (!loaded.ok) throw new Error(`${locale} cannot be checked:\n${loaded.problems.join('\n')}`);
  return loaded.catalog;
}

describe('public/_locales', () => {
  it('has a folder for every required locale', () => {
    const missing = REQUIRED_LOCALES.filter((locale) => !localeFolders().includes(locale));
    expect(
      missing,
      `missing locales: ${missing.join(', ')}; each needs public/_locales/<locale>/messages.json`,
    ).toEqual([]);
  });
});

describe.each(localeFolders())('locale %s', (locale) => {
  it('parses as a JSON object whose every message is a string', () => {
    const loaded = loadLocale(locale);
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  for (const rule of LOCALE_RULES) {
    it(rule.name, () => {
      expect(rule.problems(catalogOf(locale), catalogOf('en'))).toEqual([]);
    });
  }
});
