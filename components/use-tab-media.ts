import { useLayoutEffect, useState } from 'preact/hooks';
import { activeTabMedia, type TabMedia } from '../lib/popup/tab-media';

/**
 * The popup's tab and its title: undefined while asking; `media` null when the tab shows none.
 * `asked` is the question already put at the popup's start (lib/popup/first-reads.ts).
 */
export function useTabMedia(
  search: string = location.search,
  asked?: Promise<TabMedia>,
): TabMedia | undefined {
  const [tab, setTab] = useState<TabMedia | undefined>(undefined);
  // A layout effect, so that an answer that came while the popup was drawn is shown without a frame's wait.
  useLayoutEffect(() => {
    (asked ?? activeTabMedia(search)).then(setTab, () => setTab({ media: null }));
  }, [search]);
  return tab;
}
