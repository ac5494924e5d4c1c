/**
 * Finding the browser binaries. A missing browser is an error with the install command in it, never a
 * skipped test: a suite that silently runs nothing looks exactly like a suite that passes.
 */
import fs from 'node:fs';

/** Chromium builds that still honour --load-extension, most specific first. */
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const CHROMIUM_INSTALL_HINT =
  'Install a Chromium build (Debian/Ubuntu: `sudo apt-get install chromium`), or point CHROME_PATH at one ' +
  '(Chrome for Testing or Playwright Chromium). Branded Google Chrome 137+ ignores --load-extension.';

export const FIREFOX_INSTALL_HINT =
  'Install Firefox ESR 140+ (Debian: `sudo apt-get install firefox-esr`), or point FIREFOX_PATH at a Firefox binary.';

/** CHROME_PATH first, then the usual install paths; null when none exists. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate)) ?? null;
}

/** Branded Chrome 137+ drops --load-extension; the caller should warn when it got one. */
export function isBrandedChrome(executable: string): boolean {
  return /google-chrome/.test(executable);
}

export function requireChromium(): string {
  const found = findChromium();
  if (!found) {
    const wanted = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist. ` : '';
    throw new Error(`No Chromium found. ${wanted}${CHROMIUM_INSTALL_HINT}`);
  }
  return found;
}

export function requireFirefox(): string {
  const candidates = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : FIREFOX_CANDIDATES;
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`No Firefox at ${candidates.join(' or ')}. ${FIREFOX_INSTALL_HINT}`);
  return found;
}
