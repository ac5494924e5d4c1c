/**
 * Dates, times and numbers in the language the extension speaks (the browser's UI language, the
 * same one browser.i18n picks messages for), in the user's time zone. Every surface formats
 * through here so the popup, the options and the in-page control agree.
 */
import { browser } from 'wxt/browser';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The browser's UI language as a BCP 47 tag ("pt-BR"); undefined lets Intl use its default. */
export function uiLocale(): string | undefined {
  try {
    const language = browser.i18n.getUILanguage();
    return language ? language.replace('_', '-') : undefined;
  } catch {
    return undefined;
  }
}

function dayStart(time: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Whole calendar days from today to `iso` (0 = today, 1 = tomorrow), in local time. */
export function daysFromToday(iso: string, now: number = Date.now()): number {
  return Math.round((dayStart(Date.parse(iso)) - dayStart(now)) / DAY_MS);
}

/** "Fri, 12 Dec, 21:00". */
export function airTime(iso: string): string {
  return new Date(iso).toLocaleString(uiLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "21:00". */
export function clockTime(iso: string): string {
  return new Date(iso).toLocaleTimeString(uiLocale(), { hour: '2-digit', minute: '2-digit' });
}

/** "Friday, 12 December". */
export function longDay(iso: string): string {
  return new Date(iso).toLocaleDateString(uiLocale(), { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "3 Mar 2025": a watched date, short. */
export function shortDate(iso: string | number): string {
  return new Date(iso).toLocaleDateString(uiLocale(), { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "3 Mar 2025, 21:04": when something happened, such as the last sync. */
export function dateTime(time: string | number): string {
  return new Date(time).toLocaleString(uiLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

/** "1,234" / "1.234": a count. */
export function formatNumber(value: number): string {
  return value.toLocaleString(uiLocale());
}

/** "340 kB", "1.5 MB": sizes as people read them, in the locale's units and separators. */
export function formatBytes(bytes: number): string {
  const megabytes = bytes >= 1024 * 1024;
  // Under a megabyte, whole kilobytes rounded up: a few bytes read as "1 kB", not "0 kB".
  const value = megabytes ? bytes / (1024 * 1024) : Math.ceil(bytes / 1024);
  return new Intl.NumberFormat(uiLocale(), {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(value);
}

/** "IMDb, TMDB and Netflix", in the locale's words. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(uiLocale(), { style: 'long', type: 'conjunction' }).format(items);
}
