import type { ImportHandlers } from '../intents/handler-types';
import type { ImportService } from './import-service';

/**
 * The import's intents: the viewing-activity page reads, confirms and discards another user's waiting
 * import; the popup and options too.
 */
export function createImportHandlers(imports: ImportService): ImportHandlers {
  return {
    // Our pages want to know whether a Netflix tab is open; the history page, whether to read.
    importState: async (_data, { from }) => (from === 'content' ? imports.state(true) : imports.withTab()),
    importHistory: async (request) => imports.history(request),
    importStart: async ({ plan }) => imports.start(plan),
    importRead: async () => imports.read(),
    importDiscard: async ({ user }) => imports.discard(user),
    importRematch: async ({ plan }) => imports.rematch(plan),
  };
}
