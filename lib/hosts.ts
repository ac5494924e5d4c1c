/**
 * Every host the extension talks to, in one place: the manifest's host permissions,
 * the content scripts' matches and the tests' host mapping all read from here.
 */
import type { BuiltInSite, OptionalSite, Site } from './media';

/**
 * The Simkl hosts the extension fetches from, and so needs a host permission for: the API, the
 * calendar files, the images and the image proxy.
 */
export const SIMKL_FETCHED_HOSTS = ['api.simkl.com', 'data.simkl.in', 'simkl.in', 'wsrv.nl'] as const;

/**
 * Every Simkl host the extension talks to or opens: the fetched ones and simkl.com, whose consent
 * and PIN pages the browser opens (launchWebAuthFlow, a tab) and whose item pages are links. Opening
 * a page needs no host permission, so simkl.com has none.
 */
export const SIMKL_HOSTS = ['api.simkl.com', 'simkl.com', 'data.simkl.in', 'simkl.in', 'wsrv.nl'] as const;

/** The sites the extension reaches from install: required hosts, a list that only ever shrinks. */
const BUILT_IN_SITE_HOSTS = {
  imdb: ['www.imdb.com', 'm.imdb.com'],
  tmdb: ['www.themoviedb.org'],
  mal: ['myanimelist.net'],
  netflix: ['www.netflix.com'],
} as const satisfies Record<BuiltInSite, readonly string[]>;

/**
 * The sites the user turns on: optional hosts only. A required host added by an update makes Chrome
 * disable the extension until the user accepts it (docs/architecture.md, Optional sites).
 */
export const OPTIONAL_SITE_HOSTS_BY_SITE = {
  letterboxd: ['letterboxd.com'],
  anidb: ['anidb.net'],
  tvdb: ['thetvdb.com'],
  animeplanet: ['www.anime-planet.com'],
  // The classic site and the app that free users are sent to (docs/sites.md, Trakt: URLs).
  trakt: ['trakt.tv', 'app.trakt.tv'],
  anilist: ['anilist.co'],
  livechart: ['www.livechart.me'],
  kitsu: ['kitsu.app'],
  // The site, and the older player's frame of another origin (docs/sites.md, Crunchyroll: the player).
  crunchyroll: ['www.crunchyroll.com', 'static.crunchyroll.com'],
} as const satisfies Record<OptionalSite, readonly string[]>;

/** The sites whose title pages get an in-page control, by the site id their pages' media carry. */
export const SITE_HOSTS_BY_SITE = {
  ...BUILT_IN_SITE_HOSTS,
  ...OPTIONAL_SITE_HOSTS_BY_SITE,
} as const satisfies Record<Site, readonly string[]>;

/** Every site's hosts, optional ones included (the router's checks, the tests' host mapping). */
export const SITE_HOSTS: readonly string[] = /* @__PURE__ */ Object.values(SITE_HOSTS_BY_SITE).flat();

/** Which site a host serves, or null when it is none of them. */
export function siteOfHost(host: string): Site | null {
  for (const [site, hosts] of Object.entries(SITE_HOSTS_BY_SITE) as [Site, readonly string[]][]) {
    if (hosts.includes(host)) return site;
  }
  return null;
}

/** The manifest's match pattern for every page of `host`. */
export const hostPermission = (host: string) => `https://${host}/*`;

// Pure: a content script that only needs an origin leaves these lists out of its bundle.
export const SIMKL_HOST_PERMISSIONS = /* @__PURE__ */ SIMKL_FETCHED_HOSTS.map(hostPermission);
/** The built-in sites' hosts: the manifest's required host permissions. */
export const SITE_HOST_PERMISSIONS = /* @__PURE__ */ Object.values(BUILT_IN_SITE_HOSTS)
  .flat()
  .map(hostPermission);
/** The optional sites' hosts: the manifest's optional host permissions. */
export const OPTIONAL_SITE_HOST_PERMISSIONS = /* @__PURE__ */ Object.values(OPTIONAL_SITE_HOSTS_BY_SITE)
  .flat()
  .map(hostPermission);

export const SIMKL_API_ORIGIN = 'https://api.simkl.com';
export const SIMKL_WEB_ORIGIN = 'https://simkl.com';
export const SIMKL_DATA_ORIGIN = 'https://data.simkl.in';
export const SIMKL_IMAGE_ORIGIN = 'https://simkl.in';
export const IMAGE_PROXY_ORIGIN = 'https://wsrv.nl';

/**
 * The hosts each player service's pages and player frames are on (docs/architecture.md, A playback): a
 * player's message names its service, and the background accepts it only from a tab of these hosts.
 * Netflix's is its built-in site's; a service added later brings optional hosts only.
 */
/**
 * The services that are players only (no title pages, no control): their pages' hosts, optional only,
 * asked for from the options' switch (docs/architecture.md, Player-only services). One line per service;
 * its player frames' hosts, if its video plays in another origin's iframe, go in PLAYER_FRAME_HOSTS.
 */
export const PLAYER_ONLY_SERVICE_HOSTS: Readonly<Record<string, readonly string[]>> = {
  disneyplus: ['www.disneyplus.com'],
  // Prime Video's own site, and amazon.com, whose /gp/video/ pages play it too (docs/sites.md, Prime Video).
  primevideo: ['www.primevideo.com', 'www.amazon.com'],
  // Plex's hosted web app; a server's own /web is the user's address (docs/architecture.md, Self-hosted
  // servers). Jellyfin and Emby have no host of their own: only the user's addresses.
  plex: ['app.plex.tv'],
  // The watch pages; the service's own JSON is asked at the host its web app asks (docs/sites.md, Max).
  max: ['play.max.com'],
  hulu: ['www.hulu.com'],
  appletv: ['tv.apple.com'],
};

/**
 * Where a service's player plays on a host whose other pages are no player's (amazon.com's shop): its
 * script is registered on these paths only, so the rest of the host never runs it. Every other player
 * host's script runs on the whole host.
 */
export const PLAYER_PAGE_PATHS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  primevideo: {
    'www.amazon.com': '/gp/video/*',
    'www.amazon.co.uk': '/gp/video/*',
    'www.amazon.de': '/gp/video/*',
    'www.amazon.co.jp': '/gp/video/*',
    'www.amazon.com.au': '/gp/video/*',
  },
};

/**
 * The other hosts a player-only service plays on, each asked for by a checkbox of its own under the
 * service's switch, once it is on (docs/architecture.md, Player-only services): a user of one storefront
 * is never asked for the others. Optional hosts only, and never part of the switch's own request.
 */
export const PLAYER_STOREFRONT_HOSTS: Readonly<Record<string, readonly string[]>> = {
  // Amazon's other storefronts, whose /gp/video/ pages play Prime Video too (docs/sites.md, Prime Video).
  primevideo: ['www.amazon.co.uk', 'www.amazon.de', 'www.amazon.co.jp', 'www.amazon.com.au'],
};

/** A service's storefronts (PLAYER_STOREFRONT_HOSTS); none for most. */
export const playerStorefronts = (service: string): readonly string[] =>
  PLAYER_STOREFRONT_HOSTS[service] ?? [];

/** Every host a player-only service's pages may be on: its own and its storefronts'. */
const playerPageHosts = (): Record<string, readonly string[]> =>
  Object.fromEntries(
    Object.entries(PLAYER_ONLY_SERVICE_HOSTS).map(([service, hosts]) => [
      service,
      [...hosts, ...playerStorefronts(service)],
    ]),
  );

export const PLAYER_SERVICE_HOSTS: Readonly<Record<string, readonly string[]>> =
  /* @__PURE__ */ Object.assign(
    {
      netflix: BUILT_IN_SITE_HOSTS.netflix,
      // The watch pages only: the older player's frame reports through the frame relay, never a port.
      crunchyroll: ['www.crunchyroll.com'],
    },
    /* @__PURE__ */ playerPageHosts(),
  );

/**
 * The hosts of each service's player iframes of another origin (docs/architecture.md, A playback): a
 * frame's samples are relayed to its tab's top frame only from these hosts, for that service. A
 * service's frame hosts are optional hosts, asked for with the service.
 */
export const PLAYER_FRAME_HOSTS: Readonly<Record<string, readonly string[]>> = {
  // The older (vilos) player's frame (docs/sites.md, Crunchyroll: the player).
  crunchyroll: ['static.crunchyroll.com'],
};

/** A player-only service's hosts: its pages' and its player frames', the permission its switch asks for. */
export const playerOnlyServiceHosts = (service: string): string[] => [
  ...(PLAYER_ONLY_SERVICE_HOSTS[service] ?? []),
  ...(PLAYER_FRAME_HOSTS[service] ?? []),
];

function playerHostPermissions(): string[] {
  const services = Object.keys(PLAYER_ONLY_SERVICE_HOSTS);
  const hosts = new Set([
    ...services.flatMap(playerOnlyServiceHosts),
    ...services.flatMap(playerStorefronts),
  ]);
  return [...hosts].map(hostPermission);
}

/** The player-only services' hosts, their storefronts' too: optional host permissions only, never required. */
export const OPTIONAL_PLAYER_HOST_PERMISSIONS = /* @__PURE__ */ playerHostPermissions();

/**
 * The user's own media servers (Plex, Jellyfin, Emby), at addresses no manifest can name: declared as
 * an optional host pattern only, so that each server can be asked for by its own address from the
 * user's click (docs/architecture.md, Self-hosted servers). Never required, never asked for whole.
 */
export const USER_SERVER_PERMISSION = '*://*/*';
