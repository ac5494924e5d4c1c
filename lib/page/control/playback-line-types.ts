/**
 * What a player's line says (docs/architecture.md, A playback): under Netflix's and Crunchyroll's control,
 * and in a player-only service's own line. The engine (lib/player/) decides it; the line only draws it.
 */
import type { RatingOutcome } from '../../messaging';

/** Rate it after a finish (lib/player/rate-offer.ts decides when and for how long). */
export interface RateOffer {
  /** "Andor S1E5": what finished, in the line's own words. */
  code: string;
  /** An episode finished: the rating goes to its show (Simkl rates shows, not episodes), and the words say so. */
  show: boolean;
  /** The rating the user picked and, once the background answered, what became of it. */
  rated?: { rating: number; outcome?: RatingOutcome };
  /** The pointer or the focus is in the offer (set by the line): it is not taken away under the user. */
  engaged: boolean;
  rate(rating: number): void;
}

/** A status line (with a search when what plays could not be told), the one-time question, or Rate it after a finish. */
export type PlaybackLine =
  /** `find`: "Simkl could not tell what is playing", with a search for the title beside the words. */
  { text: string; find?: () => void } | { ask: (yes: boolean) => void } | { rate: RateOffer };
