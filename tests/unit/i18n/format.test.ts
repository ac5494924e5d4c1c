import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatBytes, formatNumber, shortDate, uiLocale } from '../../../lib/i18n';

/** The browser's UI language decides the formatting, as it decides the messages. */
function speak(language: string | (() => string)): void {
  (fakeBrowser.i18n as { getUILanguage: () => string }).getUILanguage =
    typeof language === 'string' ? () => language : language;
}

describe('formatting in the UI language', () => {
  afterEach(() => speak('en-US'));

  it.each([
    ['de', '1.234.567', '3. März 2025', '1,5 MB'],
    ['pt_BR', '1.234.567', '3 de mar. de 2025', '1,5 MB'],
    ['ja', '1,234,567', '2025年3月3日', '1.5 MB'],
    ['en-US', '1,234,567', 'Mar 3, 2025', '1.5 MB'],
  ])('formats numbers, dates and sizes in %s', (language, number, date, size) => {
    speak(language);
    expect(formatNumber(1234567)).toBe(number);
    expect(shortDate('2025-03-03T12:00:00Z')).toBe(date);
    expect(formatBytes(1.5 * 1024 * 1024)).toBe(size);
  });

  it('reads Chrome-style underscores as BCP 47 tags', () => {
    speak('pt_BR');
    expect(uiLocale()).toBe('pt-BR');
  });

  it('rounds small sizes up to whole kilobytes', () => {
    speak('en-US');
    expect([formatBytes(0), formatBytes(300), formatBytes(340 * 1024)]).toEqual(['0 kB', '1 kB', '340 kB']);
  });

  it('falls back to the default locale when the browser cannot say', () => {
    speak(() => {
      throw new Error('not implemented');
    });
    expect(uiLocale()).toBeUndefined();
    expect(formatNumber(12)).toBe('12');
  });
});
