import { sendIntent } from '../messaging';
import { lookupTarget } from '../resolve/kinds';
import type { TitleIndexReader } from '../title-index/read';
import { listedStateOf } from '../title-index/views';
import type { LookupStates } from './list-badges';

/**
 * The badges' states from the title index, without a message: the same answers as the background's
 * `listStates` (which reads the mirror's id index alone, never Simkl). Without an index to trust
 * (signed out, another version), the background answers as before.
 */
export function indexedLookup(reader: TitleIndexReader): LookupStates {
  return async (titles) => {
    const find = await reader.read();
    if (!find) return sendIntent('listStates', { titles });
    return {
      ok: true,
      value: titles.map((media) => {
        const found = find(lookupTarget(media));
        return found ? listedStateOf(found) : null;
      }),
    };
  };
}
