/**
 * What the confirm window names as the link's title: the item the status view matched (mirror first,
 * then the resolver). The view cannot tell "Simkl does not know it" from "Simkl could not be asked"
 * (it reads both as unmatched), so an unmatched link is asked of the resolver once more, whose
 * failure is kept as the reason.
 */
import { toErrorData } from '../../errors';
import type { DetectedMedia } from '../../media';
import type { ItemView, MenuMatch } from '../../messaging';
import type { Resolver } from '../../resolve/resolver';

function matchOfView(view: ItemView): MenuMatch | null {
  if (!view.known || !view.simkl || !view.type) return null;
  const { simkl, type, title = '', year, poster } = view;
  return { found: true, simkl, type, title, ...(year ? { year } : {}), ...(poster ? { poster } : {}) };
}

export async function menuMatchOf(
  view: ItemView,
  media: DetectedMedia,
  resolver: Pick<Resolver, 'resolve'>,
  /** The status view again, for a lookup that works now after the view's own failed. */
  statusAgain: () => Promise<ItemView>,
): Promise<MenuMatch> {
  const matched = matchOfView(view);
  if (matched) return matched;
  try {
    if (!(await resolver.resolve(media))) return { found: false };
    return matchOfView(await statusAgain()) ?? { found: false };
  } catch (error) {
    return { found: false, error: toErrorData(error) };
  }
}
