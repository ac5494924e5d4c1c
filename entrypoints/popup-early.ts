import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { askEarlyQuestions, type EarlyApi } from '../lib/popup/early-questions';

/** The popup's first questions, put before its modules arrive (lib/popup/early-questions.ts). */
export default defineUnlistedScript(() => {
  const scope = globalThis as { browser?: EarlyApi; chrome?: EarlyApi };
  const api = scope.browser ?? scope.chrome;
  if (api) askEarlyQuestions(api, location.search);
});
