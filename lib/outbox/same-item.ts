import { queryIdKeys } from '../library/id-keys';
import type { MediaIds, MediaKind } from '../media';
import type { WriteTarget } from './types';

/** Identity keys of a target: any shared key means the same title. */
function targetKeys(ids: MediaIds, target?: Pick<WriteTarget, 'type' | 'kind'>): Set<string> {
  // TMDB ids need a scope; anime can sit in either, so it keeps both.
  const byType = target?.type === 'movie' ? 'movie' : target?.type === 'show' ? 'show' : undefined;
  return new Set(queryIdKeys(ids, target?.kind ?? byType));
}

export function isSameItem(a: WriteTarget, b: WriteTarget): boolean {
  const keysOfB = targetKeys(b.ids, b);
  for (const key of targetKeys(a.ids, a)) if (keysOfB.has(key)) return true;
  return false;
}

export function isAbout(target: WriteTarget, ids: MediaIds, kind?: MediaKind): boolean {
  const wanted = targetKeys(ids, { kind });
  for (const key of targetKeys(target.ids, target)) if (wanted.has(key)) return true;
  return false;
}
