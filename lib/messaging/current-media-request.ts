/**
 * The popup's question to a tab's content script, "which title does the page show?" (answered in
 * current-media.ts). A file of its own, free of the browser API's polyfill: the popup's early script
 * puts it before the polyfill is loaded (lib/popup/early-questions.ts).
 */
export const CURRENT_MEDIA_REQUEST = 'simkl-current-media';
