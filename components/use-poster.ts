import { useEffect, useState } from 'preact/hooks';
import { readCachedImage } from '../lib/images/cached-image';
import { type PosterSize, posterUrl } from '../lib/images/urls';
import { sendIntent } from '../lib/messaging';

/**
 * A poster from the background's image cache, which downloads each image once and keeps it (Simkl
 * asks clients to cache images): read from its database straight away when it is there (no need to
 * wake the worker), else asked of the background. Undefined while loading or when unavailable.
 */
export function usePoster(path: string | undefined, size: PosterSize): string | undefined {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    setSrc(undefined);
    if (!path) return;
    let live = true;
    let objectUrl: string | undefined;
    const show = (url: string) => {
      if (live) setSrc(url);
    };
    void readCachedImage(posterUrl(path, size)).then((cached) => {
      if (cached && live) {
        objectUrl = URL.createObjectURL(cached);
        return show(objectUrl);
      }
      return sendIntent('poster', { path, size }).then((answer) => {
        if (answer.ok) show(answer.value.dataUrl);
      });
    });
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [path, size]);
  return src;
}
