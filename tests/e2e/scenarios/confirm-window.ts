/**
 * The link menu's confirm window (confirm.html), read and answered the same way in Chromium and
 * Firefox: its words, where the focus starts, and Confirm or Cancel (Escape).
 */
import { expect } from 'vitest';
import type { AnyPage } from '../harness/pages';
import { click, evaluate, waitForText } from './extension-pages';

export interface ConfirmWords {
  write: string;
  match: string;
  link: string;
  /** The link's text: Firefox's menus API gives it, Chromium's is read from the clicked frame. */
  linkText?: string;
}

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

export async function expectConfirmWords(page: AnyPage, words: ConfirmWords): Promise<void> {
  await waitForText(page, '[data-testid="confirm-write"]', exactly(words.write));
  await waitForText(page, '[data-testid="confirm-match"]', exactly(words.match));
  await waitForText(page, '[data-testid="confirm-link"]', exactly(words.link));
  const shown = await evaluate(
    page,
    () => ({
      linkText: document.querySelector('[data-testid="confirm-link-text"]')?.textContent ?? null,
      focused: document.activeElement?.getAttribute('data-action') ?? null,
      buttons: [...document.querySelectorAll('button')].map((button) => button.textContent),
    }),
    null,
  );
  // Focus starts on the safe button: a stray Enter or Space writes nothing.
  expect(shown).toEqual({
    linkText: words.linkText ?? null,
    focused: 'menu-cancel',
    buttons: ['Cancel', 'Confirm'],
  });
}

export async function pressConfirm(page: AnyPage): Promise<void> {
  await click(page, '[data-action="menu-confirm"]');
}

/**
 * Escape, as a keyboard user cancels; the window closes itself and writes nothing. It may close
 * between the key's down and up, which fails the press in a closed page: that is not a failure.
 */
export async function pressEscape(page: AnyPage): Promise<void> {
  const keys = page as { keyboard: { press(key: string): Promise<void> }; isClosed(): boolean };
  await keys.keyboard.press('Escape').catch((error: unknown) => {
    if (!keys.isClosed()) throw error;
  });
}
