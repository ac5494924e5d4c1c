/**
 * Every host the extension talks to, in one place: the manifest's host permissions,
 * the content scripts' matches and the tests' host mapping all read from here.
 */

/** Simkl's own hosts: the API, the consent pages, the CDN files and the image proxy. */
export const SIMKL_HOSTS = ['api.simkl.com', 'simkl.com', 'data.simkl.in', 'simkl.in', 'wsrv.nl'] as const;

/** The sites whose title pages get an in-page control. */
export const SITE_HOSTS = [
  'www.imdb.com',
  'm.imdb.com',
  'www.themoviedb.org',
  'myanimelist.net',
  'www.netflix.com',
] as const;

export const SIMKL_HOST_PERMISSIONS = SIMKL_HOSTS.map((host) => `https://${host}/*`);
export const SITE_HOST_PERMISSIONS = SITE_HOSTS.map((host) => `https://${host}/*`);

export const SIMKL_API_ORIGIN = 'https://api.simkl.com';
export const SIMKL_WEB_ORIGIN = 'https://simkl.com';
export const SIMKL_DATA_ORIGIN = 'https://data.simkl.in';
export const SIMKL_IMAGE_ORIGIN = 'https://simkl.in';
export const IMAGE_PROXY_ORIGIN = 'https://wsrv.nl';
