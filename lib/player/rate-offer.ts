/**
 * Rate it after a finish (docs/architecture.md, A playback): once a playback stopped at or past the user's
 * "Mark as watched at", the line offers 1–10 for a while. Which offer is shown, and until when, is decided
 * here; the line only draws it (playback-line.ts) and the background writes the rating (one write).
 */
import type { DetectedMedia } from '../media';
import type { RatedNotice } from '../messaging';
import type { RateOffer } from '../page/control/playback-line-types';

/**
 * How long the offer stays: long enough to read ten numbers and pick one while the credits roll, and gone
 * before it could be mistaken for the next title's. It ends at once when another playback starts, and
 * never while the pointer or the keyboard's focus is in it (the user is about to click).
 */
export const RATE_OFFER_MS = 20_000;

export interface RateOffers {
  /** A stop was sent for this playback; past the threshold it is a finish, and the offer begins. */
  stopped(key: string, media: DetectedMedia, progress: number, watchedAt: number): void;
  /** A playback is under way: any offer ends (the next episode, or the same one watched again). */
  playing(): void;
  /** The background's answer to the rating sent. */
  rated(notice: RatedNotice['rated']): void;
  /** The offer to show now, or null; the same object while nothing changed, so the line is not redrawn. */
  shown(): RateOffer | null;
}

export function createRateOffers(
  send: (key: string, rating: number) => void,
  codeOf: (media: DetectedMedia) => string,
  now: () => number = Date.now,
): RateOffers {
  let current: { key: string; until: number; offer: RateOffer } | null = null;

  const replace = (rated: RateOffer['rated']) => {
    if (current) current.offer = { ...current.offer, rated };
  };

  return {
    stopped(key, media, progress, watchedAt) {
      if (progress < watchedAt || current?.key === key) return;
      const rate = (rating: number) => {
        // One rating in flight at a time: a second click waits for the first one's answer.
        if (current?.key !== key || (current.offer.rated && !current.offer.rated.outcome)) return;
        replace({ rating });
        send(key, rating);
      };
      const offer = { code: codeOf(media), show: media.kind === 'episode', engaged: false, rate };
      current = { key, until: now() + RATE_OFFER_MS, offer };
    },
    playing() {
      current = null;
    },
    rated({ key, rating, outcome }) {
      if (current?.key !== key) return;
      replace({ rating, outcome });
      // The answer is read in full before the line goes.
      current.until = Math.max(current.until, now() + RATE_OFFER_MS / 4);
    },
    shown() {
      if (current && now() > current.until && !current.offer.engaged) current = null;
      return current?.offer ?? null;
    },
  };
}
