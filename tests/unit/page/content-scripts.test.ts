import { describe, expect, it } from 'vitest';
import { optionalSiteScripts } from '../../../lib/background/optional-sites/site-scripts';
import { PLAYER_ONLY_SERVICE_HOSTS } from '../../../lib/hosts';
import { isOptionalSite } from '../../../lib/media';
import { SITE_ADAPTERS } from '../../../lib/sites/index';

/**
 * Convention check over every site: two thin content scripts each (the control, and the list
 * badges as `<site>-badges`), taking their matches from the adapter; plus the feature scripts
 * that run on one page of a site only (narrower matches on the site's own host).
 */
const FEATURE_SCRIPTS: Record<string, string[]> = {
  // The Netflix history import (docs/architecture.md, The import): the viewing-activity page only.
  'netflix-import': ['https://www.netflix.com/viewingactivity*'],
};
/** The player frames' scripts of the optional sites whose video plays in another origin's iframe. */
const PLAYER_FRAME_SCRIPTS: Record<string, { site: 'crunchyroll'; matches: string[] }> = {
  'crunchyroll-player-frame': { site: 'crunchyroll', matches: ['https://static.crunchyroll.com/*'] },
};
/** The player-only services' scripts (docs/architecture.md, Player-only services). */
const PLAYER_ONLY_SCRIPTS = Object.keys(PLAYER_ONLY_SERVICE_HOSTS).map((service) => `${service}-player`);
const scripts = import.meta.glob<{
  default: { matches?: string[]; runAt?: string; registration?: string; main: unknown };
}>('../../../entrypoints/*.content.ts', { eager: true });

describe('content scripts', () => {
  it('exist exactly for the sites in the site list', () => {
    const names = Object.keys(scripts).map((path) => /([\w-]+)\.content\.ts$/.exec(path)?.[1]);
    const ids = SITE_ADAPTERS.map((adapter) => adapter.id);
    expect(names.sort()).toEqual(
      [
        ...ids,
        ...ids.map((id) => `${id}-badges`),
        ...Object.keys(FEATURE_SCRIPTS),
        ...Object.keys(PLAYER_FRAME_SCRIPTS),
        ...PLAYER_ONLY_SCRIPTS,
      ].sort(),
    );
  });

  it.each(Object.entries(FEATURE_SCRIPTS))('%s runs at document_idle on its one page', (id, matches) => {
    const script = scripts[`../../../entrypoints/${id}.content.ts`]?.default;
    expect(script?.matches).toEqual(matches);
    expect(script?.runAt).toBe('document_idle');
    const site = SITE_ADAPTERS.find((adapter) => id.startsWith(`${adapter.id}-`));
    const hosts = site?.matches.map((match) => new URL(match.replace('*', '')).host);
    for (const match of matches) expect(hosts).toContain(new URL(match.replace('*', '')).host);
  });

  it.each(Object.entries(PLAYER_FRAME_SCRIPTS))(
    '%s is registered with its site, in every frame of the player frame host only',
    (id, { site, matches }) => {
      const script = scripts[`../../../entrypoints/${id}.content.ts`]?.default;
      expect(script?.registration).toBe('runtime');
      expect(script?.matches).toBeUndefined();
      const registered = optionalSiteScripts(site).find((entry) => entry.id === id);
      expect(registered).toMatchObject({ js: [`content-scripts/${id}.js`], matches, allFrames: true });
    },
  );

  // Both start at document_start: they read storage while the page parses. The control shows once its
  // anchor is there and reads the whole document again once parsed; the badges badge a list once the
  // document is parsed (run-list-badges.ts). document_idle may wait for the page's load event (every
  // poster of a chart).
  it.each(
    SITE_ADAPTERS.flatMap((adapter) => [
      [adapter.id, 'document_start', adapter] as const,
      [`${adapter.id}-badges`, 'document_start', adapter] as const,
    ]),
  )('%s runs at %s on its adapter’s matches', (id, runAt, adapter) => {
    const script = scripts[`../../../entrypoints/${id}.content.ts`]?.default;
    expect(typeof script?.main).toBe('function');
    if (!isOptionalSite(adapter.id)) {
      expect(script?.matches).toEqual(adapter.matches);
      expect(script?.runAt).toBe(runAt);
      return;
    }
    // An optional site's scripts declare no matches (WXT would make them required hosts): the
    // background registers them with the adapter's matches once the user turns the site on.
    expect(script?.registration).toBe('runtime');
    expect(script?.matches).toBeUndefined();
    const registered = optionalSiteScripts(adapter.id).find((entry) => entry.id === id);
    expect(registered).toMatchObject({ js: [`content-scripts/${id}.js`], matches: adapter.matches, runAt });
  });
});
