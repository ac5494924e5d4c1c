import { isRating, MEDIA_SITES, SCROBBLE_KINDS } from '../../media';
import {
  FRAME_SAMPLE,
  type FrameSampleMessage,
  type PlayerFind,
  type PlayerMessage,
  type PlayerRating,
} from '../../messaging';
import { isPlayerService } from '../../player/adapter';
import { check, isBoundedString, isPlainObject } from './validate-basic';
import { validateMedia } from './validate-media';

const KINDS: readonly PlayerMessage['kind'][] = [...SCROBBLE_KINDS, 'progress'];

/** A player port's message, copied field by field; throws InvalidMessage on anything else. */
export function validatePlayerMessage(data: unknown): PlayerMessage {
  check(isPlainObject(data), 'data');
  const { kind, media, progress } = data;
  check(KINDS.includes(kind as PlayerMessage['kind']), 'kind');
  check(typeof progress === 'number' && progress >= 0 && progress <= 100, 'progress');
  // A message without a service is Netflix's, as the player sent them before the engine.
  const service: unknown = data.service ?? 'netflix';
  check(isPlayerService(service), 'service');
  // Netflix names its titles by id; a service without ids may name one by its words.
  const valid = validateMedia(media, 'media', service !== 'netflix');
  // A service's player scrobbles its own site's titles only, and only a title it identified.
  const ownSite = service === 'netflix' || (MEDIA_SITES as readonly string[]).includes(service);
  check(ownSite && valid.site === service && valid.kind !== undefined, 'media.site');
  check(data.key === undefined || isBoundedString(data.key, 200), 'key');
  const named =
    data.service === undefined ? {} : { service, ...(data.key ? { key: data.key as string } : {}) };
  return { kind: kind as PlayerMessage['kind'], ...named, media: valid, progress };
}

/** A player's Rate it, copied field by field; throws InvalidMessage on anything else. */
export function validatePlayerRating(data: unknown): PlayerRating {
  check(isPlainObject(data) && data.kind === 'rate', 'kind');
  check(isPlayerService(data.service), 'service');
  check(isBoundedString(data.key, 200), 'key');
  check(isRating(data.rating), 'rating');
  return { kind: 'rate', service: data.service, key: data.key as string, rating: data.rating };
}

/** A player's "find what plays", copied field by field; throws InvalidMessage on anything else. */
export function validatePlayerFind(data: unknown): PlayerFind {
  check(isPlainObject(data) && data.kind === 'find', 'kind');
  check(isPlayerService(data.service), 'service');
  check(isBoundedString(data.key, 200), 'key');
  check(typeof data.hint === 'string' && data.hint.length <= 200, 'hint');
  return { kind: 'find', service: data.service, key: data.key as string, hint: data.hint as string };
}

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A player frame's sample, copied field by field; throws InvalidMessage on anything else. */
export function validateFrameSample(data: unknown): FrameSampleMessage {
  check(isPlainObject(data) && data.type === FRAME_SAMPLE, 'type');
  check(isPlayerService(data.service), 'service');
  const { sample } = data;
  check(isPlainObject(sample), 'sample');
  const { currentTime, duration, paused, seeking, ended, ad } = sample;
  check(isTime(currentTime) && isTime(duration), 'sample.time');
  const flags = [paused, seeking, ended];
  check(
    flags.every((flag) => typeof flag === 'boolean') && (ad === undefined || typeof ad === 'boolean'),
    'sample.flags',
  );
  const video = { currentTime, duration, paused, seeking, ended } as FrameSampleMessage['sample'];
  if (ad === true) video.ad = true;
  return { type: FRAME_SAMPLE, service: data.service, sample: video };
}
