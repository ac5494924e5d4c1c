export { toDataUrl } from './data-url';
export { isAllowedImageUrl } from './download';
export {
  createImageCache,
  DEFAULT_IMAGE_CACHE_BYTES,
  type ImageCache,
  type ImageCacheDeps,
  type ImageCacheStats,
} from './image-cache';
export { POSTER_PLACEHOLDER, type PosterSize, posterUrl } from './urls';
