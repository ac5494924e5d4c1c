import type { ScrobbleHandlers } from '../intents/handler-types';
import type { Scrobbler } from './scrobbler';

/** The popup's intents about what the Netflix players track. */
export function createScrobbleHandlers(scrobbler: Scrobbler): ScrobbleHandlers {
  return {
    tracking: async () => scrobbler.tracking(),
    async stopTracking({ tabId }) {
      await scrobbler.ignore(tabId);
      return scrobbler.tracking();
    },
  };
}
