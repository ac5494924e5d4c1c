import { useEffect, useState } from 'preact/hooks';
import type { PosterSize } from '../lib/images/urls';
import { sendIntent } from '../lib/messaging';

/**
 * A poster as a data: URL from the background's image cache, which downloads each image once
 * and keeps it (Simkl asks clients to cache images). Undefined while loading or when unavailable.
 */
export function usePoster(path: string | undefined, size: PosterSize): string | undefined {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    setSrc(undefined);
    if (!path) return;
    let live = true;
    void sendIntent('poster', { path, size }).then((answer) => {
      if (live && answer.ok) setSrc(answer.value.dataUrl);
    });
    return () => {
      live = false;
    };
  }, [path, size]);
  return src;
}
