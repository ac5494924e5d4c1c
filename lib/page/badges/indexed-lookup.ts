import { type DetectedMedia, LOOKUP_ONLY_ID_KEYS } from '../../media';
import { sendIntent } from '../../messaging';
import { lookupTarget } from '../../resolve/kinds';
import type { TitleIndexReader } from '../../title-index/read';
import { listedStateOf } from '../../title-index/views';
import type { LookupStates } from './list-badges';

/**
 * The badges' states from the title index, without a message: the same answers as the background's
 * `listStates` (which reads the mirror's id index alone, never Simkl). Without an index to trust
 * (signed out, another version), the background answers as before. Simkl's library never carries
 * Netflix ids, so Netflix titles the index misses are asked of the background in one message: it
 * knows the Simkl ids its resolver cached for them (still no request to Simkl); so are AniList's,
 * Kitsu's and LiveChart's (LOOKUP_ONLY_ID_KEYS).
 */
export function indexedLookup(reader: TitleIndexReader): LookupStates {
  return async (titles) => {
    const find = await reader.read();
    if (!find) return sendIntent('listStates', { titles });
    const states = titles.map((media) => {
      const found = find(lookupTarget(media));
      return found ? listedStateOf(found) : null;
    });
    const missed = titles.flatMap((media, position) =>
      !states[position] && isLookupOnly(media) ? [position] : [],
    );
    if (missed.length === 0) return { ok: true, value: states };
    const asked = await sendIntent('listStates', {
      titles: missed.map((position) => titles[position] as DetectedMedia),
    });
    if (!asked.ok) return { ok: true, value: states };
    missed.forEach((position, nth) => {
      states[position] = asked.value[nth] ?? null;
    });
    return { ok: true, value: states };
  };
}

/** Named only by an id the mirror never holds: Netflix's, or an anime site's own number. */
function isLookupOnly(media: DetectedMedia): boolean {
  return LOOKUP_ONLY_ID_KEYS.some((key) => Boolean(media.ids[key]));
}
