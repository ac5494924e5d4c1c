/**
 * The extension's translations as the e2e tests read them: straight from public/_locales, so a test
 * never hard-codes a translated string, and the "longest" locale follows the files as they change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../harness/build-output';

export type Messages = Record<string, { message: string }>;

const LOCALES_DIR = path.join(REPO_ROOT, 'public/_locales');

/** Messages only the options page or the store listing shows; the rest is the popup's and the control's. */
const ELSEWHERE = /^(options|mode_|ext)/;

/** Full-width characters (CJK, kana, full-width forms) take about two Latin letters' room. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function localeFolders(): string[] {
  return fs.readdirSync(LOCALES_DIR).filter((name) => fs.existsSync(messagesPath(name)));
}

export function localeMessages(locale: string): Messages {
  return JSON.parse(fs.readFileSync(messagesPath(locale), 'utf8')) as Messages;
}

/** The message's text as shown: placeholders ($EPISODE$) left out, wide characters counted twice. */
export function displayLength(message: string): number {
  const text = message.replace(/\$[A-Z0-9_]+\$/gi, '');
  return [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
}

/** How much room a locale's popup and control messages take, all together. */
export function surfaceLength(locale: string): number {
  return Object.entries(localeMessages(locale))
    .filter(([key]) => !ELSEWHERE.test(key))
    .reduce((sum, [, { message }]) => sum + displayLength(message), 0);
}

/** The locale whose popup and control messages take the most room. */
export function longestLocale(): string {
  const [longest] = localeFolders().sort((a, b) => surfaceLength(b) - surfaceLength(a));
  if (!longest) throw new Error(`No messages.json under ${LOCALES_DIR}`);
  return longest;
}

function messagesPath(locale: string): string {
  return path.join(LOCALES_DIR, locale, 'messages.json');
}
