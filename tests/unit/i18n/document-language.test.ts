import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { declareDocumentLanguage } from '../../../lib/i18n';

function speak(language: () => string): void {
  (fakeBrowser.i18n as { getUILanguage: () => string }).getUILanguage = language;
}

describe('declareDocumentLanguage', () => {
  afterEach(() => {
    speak(() => 'en-US');
    document.documentElement.lang = '';
  });

  it.each([
    ['de', 'de'],
    ['ja', 'ja'],
    ['pt_BR', 'pt-BR'],
  ])('declares the UI language %s as <html lang="%s">', (language, lang) => {
    document.documentElement.lang = 'en';
    speak(() => language);
    declareDocumentLanguage();
    expect(document.documentElement.lang).toBe(lang);
  });

  it("keeps the page's own language when the browser cannot say", () => {
    document.documentElement.lang = 'en';
    speak(() => {
      throw new Error('not implemented');
    });
    declareDocumentLanguage();
    expect(document.documentElement.lang).toBe('en');
  });
});
