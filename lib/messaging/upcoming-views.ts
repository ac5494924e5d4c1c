/** What airs next for the user's lists, from Simkl's calendar (lib/messaging.ts). */
import type { SimklType } from '../media';

/** One airing of a Watching show or anime, or the release of a planned movie. */
export interface UpcomingEntryView {
  simkl: number;
  type: SimklType;
  title: string;
  poster?: string;
  /** UTC ISO. */
  airsAt: string;
  season?: number;
  episode?: number;
  episodeTitle?: string;
}

export interface UpcomingView {
  /** Signed out: no lists to follow, so no entries. */
  signedIn: boolean;
  days: number;
  entries: UpcomingEntryView[];
}
