import type { PosterSize } from '../lib/images/urls';
import { usePoster } from './use-poster';

export interface PosterProps {
  path: string | undefined;
  size: PosterSize;
  width: number;
  height: number;
  /** Empty for a decorative thumbnail next to its own title. */
  alt: string;
  class?: string;
}

/** A Simkl poster through the image cache; a same-sized blank keeps the layout still meanwhile. */
export function Poster({ path, size, width, height, alt, class: className = 'poster' }: PosterProps) {
  const src = usePoster(path, size);
  if (!src) {
    return <span class={`${className} blank`} style={{ width, height }} aria-hidden="true" />;
  }
  return <img class={className} src={src} alt={alt} width={width} height={height} />;
}
