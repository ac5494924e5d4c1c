import type { ImportHandlers } from '../intents/handler-types';
import type { ImportService } from './import-service';

/**
 * The import's intents: the viewing-activity page reads, confirms and discards another user's waiting
 * import; the popup and options too. The page's list of titles that could not be matched has no search
 * of its own (a content script stays small): "Find them on Simkl" opens the options' import, which has.
 */
export function createImportHandlers(
  imports: ImportService,
  openOptionsImport: () => Promise<unknown>,
): ImportHandlers {
  return {
    // Our pages want to know whether a Netflix tab is open; the history page, whether to read.
    importState: async (_data, { from }) => (from === 'content' ? imports.state(true) : imports.withTab()),
    importHistory: async (request) => imports.history(request),
    importStart: async ({ plan }) => imports.start(plan),
    importRead: async () => imports.read(),
    importDiscard: async ({ user }) => imports.discard(user),
    importStop: async () => imports.stop(),
    importRematch: async ({ plan }) => imports.rematch(plan),
    importFindUnmatched: async () => {
      await openOptionsImport();
      return { opened: true };
    },
  };
}
