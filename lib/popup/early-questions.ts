/**
 * The popup's first two questions, put by a small classic script of their own (entrypoints/popup-early.ts)
 * as soon as popup.html is parsed, while the popup's modules are still on their way: the tab's title
 * (tab-question.ts) and all of storage.local, where the title index is (docs/architecture.md, The
 * popup). Put from the modules instead, they would start only once every module had arrived and run.
 * The browser's own API, not the polyfill, which is in those modules: Chrome's MV3 `chrome` and
 * Firefox's `browser` both answer with promises. The answers wait on the page's global for the
 * popup's script (first-reads.ts), which takes them once.
 */
import { askPopupTab, type TabReply, type TabsApi } from './tab-question';

export interface EarlyQuestions {
  tab: Promise<TabReply>;
  /** Everything storage.local holds, as `storage.local.get(null)` answers. */
  storage: Promise<Record<string, unknown>>;
}

export interface EarlyApi {
  tabs: TabsApi;
  storage: { local: { get(keys: null): Promise<Record<string, unknown>> } };
}

const GLOBAL_KEY = '__simklPopupEarlyQuestions';
type Holder = { [GLOBAL_KEY]?: EarlyQuestions };

/** Puts the questions and leaves their answers for the popup's script. */
export function askEarlyQuestions(api: EarlyApi, search: string, holder: object = globalThis): void {
  const questions: EarlyQuestions = {
    tab: askPopupTab(api.tabs, search),
    storage: api.storage.local.get(null),
  };
  // A question that failed is asked again by the popup's script; not an unhandled rejection meanwhile.
  for (const answer of Object.values(questions)) answer.catch(() => undefined);
  (holder as Holder)[GLOBAL_KEY] = questions;
}

/** The early script's questions, once (a later title reads afresh); undefined when it did not run. */
export function takeEarlyQuestions(holder: object = globalThis): EarlyQuestions | undefined {
  const questions = (holder as Holder)[GLOBAL_KEY];
  delete (holder as Holder)[GLOBAL_KEY];
  return questions;
}
