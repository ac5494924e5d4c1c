/**
 * `wxt/browser` as a part's build sees it (wxt.config.ts): the API of the content script that asked
 * for the part, which it left in the registry before asking (load-part.ts). A part so shares the
 * script's one webextension-polyfill instead of carrying a second copy (2.5 KB gz).
 */
import type { browser as extensionBrowser } from 'wxt/browser';

type Browser = typeof extensionBrowser;

import { partRegistry } from './part-registry';

export const browser = new Proxy({} as Browser, {
  get: (_target, name) => {
    const api = partRegistry().browser;
    if (!api) throw new Error('A part ran before its script asked for it.');
    return api[name as keyof Browser];
  },
});
