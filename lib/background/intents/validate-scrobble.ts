import { SCROBBLE_KINDS } from '../../media';
import type { PlayerMessage } from '../../messaging';
import { check, isPlainObject } from './validate-basic';
import { validateMedia } from './validate-media';

const KINDS: readonly PlayerMessage['kind'][] = [...SCROBBLE_KINDS, 'progress'];

/** A player port's message, copied field by field; throws InvalidMessage on anything else. */
export function validatePlayerMessage(data: unknown): PlayerMessage {
  check(isPlainObject(data), 'data');
  const { kind, media, progress } = data;
  check(KINDS.includes(kind as PlayerMessage['kind']), 'kind');
  check(typeof progress === 'number' && progress >= 0 && progress <= 100, 'progress');
  const valid = validateMedia(media);
  // Only the Netflix player scrobbles, and only a title it identified.
  check(valid.site === 'netflix' && valid.kind !== undefined, 'media.site');
  return { kind: kind as PlayerMessage['kind'], media: valid, progress };
}
