import { onTestFinished, vi } from 'vitest';

/**
 * Makes the browser say it is offline for the current test. happy-dom's navigator is always online,
 * and the words for a request with no answer depend on which it is (lib/words/error-text.ts).
 */
export function browserOffline(): void {
  const spy = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  onTestFinished(() => spy.mockRestore());
}
