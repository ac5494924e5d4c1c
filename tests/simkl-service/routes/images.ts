/**
 * simkl.in images and the wsrv.nl proxy in front of them. Only paths the catalogue (or a user avatar)
 * names exist; each answers a real, solid-colour image of the size its suffix promises (docs/simkl-api.md, Images),
 * in the format its extension (or wsrv's `output=`) asks for. Anything else is a 404.
 */
import { createHash } from 'node:crypto';
import { episodesOf } from '../catalogue/episodes';
import { TITLES } from '../catalogue/index';
import { imagePath } from '../catalogue/model';
import { notFound, type Reply, type RequestInfo } from '../http';
import { solidJpeg } from '../images/jpeg';
import { solidPng } from '../images/png';
import { solidWebp } from '../images/webp';
import type { ServiceState } from '../state';

type Size = [number, number];
const SUFFIXES: Record<string, Record<string, Size>> = {
  posters: {
    '': [340, 500],
    _w: [600, 338],
    _m: [340, 500],
    _ca: [190, 279],
    _c: [170, 250],
    _cm: [84, 124],
    _s: [40, 57],
    _0: [340, 500],
  },
  fanart: {
    '': [1280, 720],
    _medium: [1920, 1080],
    _mobile: [960, 540],
    _w: [600, 338],
    _s48: [48, 27],
    _d: [1280, 720],
    _0: [1280, 720],
  },
  episodes: { '': [600, 338], _w: [600, 338], _c: [210, 118], _m: [112, 63] },
  avatars: { '': [200, 200], _24: [24, 24], _100: [100, 100], _256: [256, 256], _512: [512, 512] },
};
const TYPES = { webp: 'image/webp', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' } as const;
type Format = keyof typeof TYPES;
const PLACEHOLDERS: Record<string, Size> = {
  '/poster_no_pic.png': [340, 500],
  '/poster_no_pic_c.png': [170, 250],
};

let knownPaths: Map<string, Set<string>> | null = null;

/** Every image path the catalogue hands out, per category (built once, on first use). */
function known(): Map<string, Set<string>> {
  if (knownPaths) return knownPaths;
  const episodes = new Set<string>();
  for (const title of TITLES) for (const ep of episodesOf(title, Date.now())) episodes.add(ep.img);
  knownPaths = new Map([
    ['posters', new Set(TITLES.map((t) => t.poster))],
    ['fanart', new Set(TITLES.map((t) => t.fanart))],
    ['episodes', episodes],
  ]);
  return knownPaths;
}

function colourOf(key: string): [number, number, number] {
  const hash = createHash('md5').update(key).digest();
  return [hash[0] ?? 0, hash[1] ?? 0, hash[2] ?? 0];
}

const cache = new Map<string, Buffer>();

function image(key: string, [width, height]: Size, format: Format, immutable: boolean): Reply {
  const cacheKey = `${key}|${width}x${height}|${format}`;
  let bytes = cache.get(cacheKey);
  if (!bytes) {
    const colour = colourOf(key);
    bytes =
      format === 'webp'
        ? solidWebp(width, height, colour)
        : format === 'png'
          ? solidPng(width, height, colour)
          : solidJpeg(width, height, colour);
    cache.set(cacheKey, bytes);
  }
  const cacheControl = immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=31536000';
  return {
    status: 200,
    headers: { 'content-type': TYPES[format], 'cache-control': cacheControl },
    body: bytes,
  };
}

/** Resolves a simkl.in path to what it shows; `override` is wsrv's `output=` conversion. */
function simklImage(
  state: ServiceState,
  path: string,
  override: Format | undefined,
  immutable: boolean,
): Reply {
  const placeholder = PLACEHOLDERS[path];
  if (placeholder) return image(path, placeholder, override ?? 'png', immutable);
  const match =
    /^\/(posters|fanart|episodes|avatars)\/(\d\d\/\d\d[0-9a-f]+?)(_[a-z0-9]+)?\.(webp|jpg|jpeg|png)$/.exec(
      path,
    );
  if (!match) return notFound();
  const [, category = '', imagePathValue = '', suffix = '', ext = ''] = match;
  const size = SUFFIXES[category]?.[suffix];
  if (!size || (category === 'avatars' && ext !== 'jpg') || (ext === 'png' && category !== 'avatars'))
    return notFound();
  const exists =
    category === 'avatars'
      ? [...state.users.keys()].some((id) => imagePath(`avatar:${id}`) === imagePathValue)
      : known().get(category)?.has(imagePathValue);
  if (!exists) return notFound();
  return image(`${category}/${imagePathValue}`, size, override ?? (ext as Format), immutable);
}

export function handleSimklImages(state: ServiceState, info: RequestInfo): Reply {
  if (info.method !== 'GET' && info.method !== 'HEAD') return notFound();
  return simklImage(state, info.path, undefined, true);
}

/** wsrv.nl/?url=https://simkl.in/posters/…_m.webp[&q=90&w=…]: the proxied image, size options ignored. */
export function handleWsrv(state: ServiceState, info: RequestInfo): Reply {
  if (info.path !== '/' || (info.method !== 'GET' && info.method !== 'HEAD')) return notFound();
  const source = /^(?:https?:)?(?:\/\/)?simkl\.in(\/[^?#]*)/.exec(info.query.url ?? '');
  if (!source?.[1]) return notFound();
  const output =
    info.query.output === 'jpg' || info.query.output === 'png' || info.query.output === 'webp'
      ? info.query.output
      : undefined;
  return simklImage(state, source[1], output, false);
}
