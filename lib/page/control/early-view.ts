import { lookupTarget } from '../../resolve/kinds';
import type { TitleIndexReader } from '../../title-index/read';
import { itemViewOf } from '../../title-index/views';
import type { EarlyView } from './item-model';

/**
 * The control's first view of a title from the title index: a listed title shows its state at once.
 * A title the index lacks still waits for the background: the mirror may know it under an id the
 * page does not carry (Netflix, an anime's IMDb id), which only the background's lookup finds; once
 * found, the index names it by that id too (title-index/looked-up.ts).
 */
export function earlyViewFrom(reader: TitleIndexReader): EarlyView {
  return async (media) => {
    const found = (await reader.read())?.(lookupTarget(media));
    return found ? itemViewOf(found) : null;
  };
}
