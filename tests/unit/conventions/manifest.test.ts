import { describe, expect, it } from 'vitest';
import {
  hostPermission,
  OPTIONAL_SITE_HOST_PERMISSIONS,
  PLAYER_ONLY_SERVICE_HOSTS,
  playerOnlyServiceHosts,
  playerStorefronts,
  USER_SERVER_PERMISSION,
} from '../../../lib/hosts';
import config from '../../../wxt.config';

type Manifest = {
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  permissions?: string[];
};
type ManifestOf = (env: { browser: string; manifestVersion: 2 | 3 }) => Manifest;

/**
 * The hosts the extension holds without asking, as released. Chrome disables an extension whose
 * update adds a required host until the user accepts it again, and Firefox does not grant it at all:
 * so this list only ever shrinks. A new site's hosts are optional, asked for when the user turns
 * the site on (docs/architecture.md, Security rules).
 */
const RELEASED_HOSTS = [
  'https://api.simkl.com/*',
  'https://data.simkl.in/*',
  'https://simkl.in/*',
  'https://wsrv.nl/*',
  'https://www.imdb.com/*',
  'https://m.imdb.com/*',
  'https://www.themoviedb.org/*',
  'https://myanimelist.net/*',
  'https://www.netflix.com/*',
];

const manifestOf = config.manifest as unknown as ManifestOf;

describe.each([
  ['chrome', 3],
  ['firefox', 2],
  ['firefox', 3],
] as const)('the %s MV%i manifest', (browser, manifestVersion) => {
  const manifest = manifestOf({ browser, manifestVersion });

  it('requires no host beyond those already released', () => {
    const added = (manifest.host_permissions ?? []).filter((host) => !RELEASED_HOSTS.includes(host));
    expect(added).toEqual([]);
    expect(manifest.host_permissions).toContain('https://api.simkl.com/*');
  });

  it('holds no permission for simkl.com, which it only opens, never fetches', () => {
    expect(manifest.host_permissions).not.toContain('https://simkl.com/*');
  });

  it('asks for no tabs, no <all_urls> and no other API than it uses', () => {
    // scripting and activeTab show no warning in either browser, so adding them holds no update back.
    expect(manifest.permissions).toEqual([
      'storage',
      'identity',
      'alarms',
      'contextMenus',
      'scripting',
      'activeTab',
    ]);
    expect(manifest.host_permissions).not.toContain('<all_urls>');
  });

  it('lists the optional sites (Letterboxd, AniDB, TheTVDB, Anime-Planet, Trakt, AniList, LiveChart, Kitsu, Crunchyroll and its player frame) as optional hosts only', () => {
    const optional =
      manifestVersion === 2
        ? manifest.optional_permissions?.filter((permission) => permission !== 'notifications')
        : manifest.optional_host_permissions;
    const hosts = [
      'https://letterboxd.com/*',
      'https://anidb.net/*',
      'https://thetvdb.com/*',
      'https://www.anime-planet.com/*',
      'https://trakt.tv/*',
      'https://app.trakt.tv/*',
      'https://anilist.co/*',
      'https://www.livechart.me/*',
      'https://kitsu.app/*',
      'https://www.crunchyroll.com/*',
      'https://static.crunchyroll.com/*',
    ];
    expect(optional?.slice(0, hosts.length)).toEqual(hosts);
    for (const host of hosts) {
      expect(manifest.host_permissions ?? []).not.toContain(host);
      expect(manifest.permissions).not.toContain(host);
    }
  });

  it("lists every player-only service's hosts (pages and player frames) as optional hosts only, after the sites'", () => {
    const optional =
      manifestVersion === 2
        ? manifest.optional_permissions?.filter((permission) => permission !== 'notifications')
        : manifest.optional_host_permissions;
    const services = Object.keys(PLAYER_ONLY_SERVICE_HOSTS);
    const players = [
      ...new Set([...services.flatMap(playerOnlyServiceHosts), ...services.flatMap(playerStorefronts)]),
    ].map(hostPermission);
    expect(players).toContain('https://www.disneyplus.com/*');
    // Prime Video's site and amazon.com's /gp/video/ pages: asked for by its switch, never held at install.
    expect(players).toEqual(
      expect.arrayContaining(['https://www.primevideo.com/*', 'https://www.amazon.com/*']),
    );
    // Exactly these beyond the sites' and the user's own servers' pattern: none left out, none added unasked.
    const beyondSites = optional?.filter(
      (host) => !OPTIONAL_SITE_HOST_PERMISSIONS.includes(host) && host !== USER_SERVER_PERMISSION,
    );
    expect(beyondSites).toEqual(players);
    for (const host of players) {
      expect(manifest.host_permissions ?? []).not.toContain(host);
      expect(manifest.permissions).not.toContain(host);
    }
  });

  it("lists Prime Video's other Amazon storefronts as optional hosts only, each its own", () => {
    const optional =
      manifestVersion === 2 ? manifest.optional_permissions : manifest.optional_host_permissions;
    const storefronts = [
      'https://www.amazon.co.uk/*',
      'https://www.amazon.de/*',
      'https://www.amazon.co.jp/*',
      'https://www.amazon.com.au/*',
    ];
    expect(playerStorefronts('primevideo').map(hostPermission)).toEqual(storefronts);
    for (const host of storefronts) {
      expect(optional).toContain(host);
      expect(manifest.host_permissions ?? []).not.toContain(host);
      expect(manifest.permissions).not.toContain(host);
    }
    // Never part of the Prime Video switch's own request: each is asked for by its own checkbox.
    expect(playerOnlyServiceHosts('primevideo').map(hostPermission)).not.toEqual(
      expect.arrayContaining([storefronts[0]]),
    );
  });

  it('declares every host only as an optional pattern, for the servers the user adds by their address', () => {
    const optional =
      manifestVersion === 2 ? manifest.optional_permissions : manifest.optional_host_permissions;
    expect(optional).toContain('*://*/*');
    expect(manifest.host_permissions ?? []).not.toContain('*://*/*');
    expect(manifest.permissions).not.toContain('*://*/*');
    expect(manifest.host_permissions ?? []).not.toContain('<all_urls>');
  });

  it('asks for notifications (the new-episode alerts) only as an optional permission', () => {
    expect(manifest.permissions).not.toContain('notifications');
    expect(manifest.optional_permissions).toContain('notifications');
  });
});
