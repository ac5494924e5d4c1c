import { useEffect, useState } from 'preact/hooks';
import type { DetectedMedia } from '../lib/media';
import { activeTabMedia } from '../lib/page/tab-media';

/** The active tab's title: undefined while asking, null when the tab shows none. */
export function useTabMedia(): DetectedMedia | null | undefined {
  const [media, setMedia] = useState<DetectedMedia | null | undefined>(undefined);
  useEffect(() => {
    activeTabMedia().then(setMedia, () => setMedia(null));
  }, []);
  return media;
}
