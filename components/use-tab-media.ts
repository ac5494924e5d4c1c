import { useEffect, useState } from 'preact/hooks';
import { activeTabMedia, type TabMedia } from '../lib/popup/tab-media';

/** The popup's tab and its title: undefined while asking; `media` null when the tab shows none. */
export function useTabMedia(search: string = location.search): TabMedia | undefined {
  const [tab, setTab] = useState<TabMedia | undefined>(undefined);
  useEffect(() => {
    activeTabMedia(search).then(setTab, () => setTab({ media: null }));
  }, [search]);
  return tab;
}
