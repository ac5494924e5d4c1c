/**
 * UI text comes from public/_locales (browser.i18n), so the extension can be translated without
 * touching code. The key type is read from the English file: a typo is a compile error.
 */
import { browser } from 'wxt/browser';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

export function t(key: MessageKey, substitutions?: string | number | (string | number)[]): string {
  const subs =
    substitutions === undefined
      ? undefined
      : Array.isArray(substitutions)
        ? substitutions.map(String)
        : String(substitutions);
  // An empty answer means a missing message: show the key rather than nothing.
  return browser.i18n.getMessage(key, subs) || key;
}
