/**
 * Running Chromium in another UI language, so the extension picks that `_locales` folder. On Linux the
 * UI language comes from the environment (LANGUAGE first), not from `--lang`: `--lang` alone switches
 * the extension's messages but leaves `i18n.getUILanguage()`, `navigator.languages` and Intl in
 * English. Debian's `chromium` ships only en-US.pak; every other language needs `chromium-l10n`,
 * without which Chromium silently falls back to English.
 */
import type { Worker } from 'playwright-core';

interface ChromeI18n {
  chrome: { i18n: { getUILanguage(): string } };
}

/** "pt_BR" (the `_locales` folder name) and "pt-BR" both mean Chromium's "pt-BR". */
export function chromiumLanguage(locale: string): string {
  return locale.replace('_', '-');
}

/** The switch and environment that make Chromium start in `locale`. */
export function localeLaunch(locale: string): { args: string[]; env: Record<string, string> } {
  const language = chromiumLanguage(locale);
  // `--lang` is what other platforms (a CHROME_PATH build on macOS or Windows) read.
  return { args: [`--lang=${language}`], env: { LANGUAGE: language } };
}

/** Throws when Chromium fell back to another language, instead of letting a test compare English. */
export async function assertUiLanguage(worker: Worker, locale: string): Promise<void> {
  const wanted = chromiumLanguage(locale).toLowerCase();
  const actual = await worker.evaluate(() =>
    (globalThis as unknown as ChromeI18n).chrome.i18n.getUILanguage(),
  );
  const normalised = actual.toLowerCase();
  if (normalised === wanted || normalised.startsWith(`${wanted}-`)) return;
  throw new Error(
    `Chromium runs in ${actual}, not ${locale}: it has no ${chromiumLanguage(locale)}.pak ` +
      '(Debian: `apt-get install chromium-l10n`).',
  );
}
