/**
 * Rate it after a finish (docs/architecture.md, A playback): the user's 1–10 for the title a player just
 * finished is ONE write through the outbox, the same durable path as the popup's rating (`/sync/ratings`).
 * An episode's rating goes to its show: Simkl rates shows and films, not episodes. The answer is what
 * really became of it, so the line says "saved" only for a write Simkl took, and "waiting to be saved"
 * for one the outbox keeps (offline, Simkl busy) and will send by itself.
 */
import type { DetectedMedia, Rating, SimklItem } from '../../media';
import type { RatingOutcome } from '../../messaging';
import type { Outbox } from '../../outbox/types';
import { writeTargetOf } from '../../read-model/media-target';
import type { MediaRef } from '../../resolve/kinds';

export interface FinishedRatingServices {
  resolver: { resolve(media: MediaRef): Promise<SimklItem | null> };
  outbox: Pick<Outbox, 'enqueue' | 'flush' | 'writesFor'>;
}

export type RateFinished = (media: DetectedMedia, rating: Rating) => Promise<RatingOutcome>;

export function createFinishedRating({ resolver, outbox }: FinishedRatingServices): RateFinished {
  return async (media, rating) => {
    const item = await resolver.resolve(media).catch(() => null);
    // Stored first (signed out, nothing is kept: enqueue throws, and the user hears it was not saved).
    const write = await outbox.enqueue(writeTargetOf(media, item), { kind: 'rate', rating });
    // The queue sends in order; once it is idle, the write is gone (landed), failed for good, or waiting.
    await outbox.flush();
    const left = (await outbox.writesFor(write.target.ids, write.target.kind)).find(
      (pending) => pending.id === write.id,
    );
    if (!left) return 'saved';
    return left.state === 'failed' ? 'failed' : 'waiting';
  };
}
