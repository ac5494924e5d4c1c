import { describe, expect, it } from 'vitest';
import {
  createOptionalSiteRegistration,
  type HeldScript,
  type RegistrationApis,
} from '../../../lib/background/optional-sites/registration';
import { optionalSiteScripts } from '../../../lib/background/optional-sites/site-scripts';
import { OPTIONAL_SITES, type OptionalSite } from '../../../lib/media';

/**
 * The browser's scripting and permissions as the registration sees them, in memory. `granted` is
 * Letterboxd's grant (the other optional sites stay off) unless it names the granted sites.
 */
function fakeBrowser(
  granted: boolean | OptionalSite[],
  registered: string[] = [],
  heldRunAt = 'document_start',
) {
  const held = new Map<string, HeldScript>();
  for (const script of OPTIONAL_SITES.flatMap(optionalSiteScripts))
    if (registered.includes(script.id))
      held.set(script.id, { ...script, runAt: heldRunAt as 'document_start' });
  const state = {
    granted,
    registered: new Set(registered),
    held,
    forgotten: [] as OptionalSite[],
    registerCalls: 0,
  };
  const apis: RegistrationApis = {
    isGranted: async (site) =>
      Array.isArray(state.granted) ? state.granted.includes(site) : state.granted && site === 'letterboxd',
    registered: async (ids) =>
      ids.filter((id) => state.registered.has(id)).map((id) => state.held.get(id) as HeldScript),
    async register(scripts) {
      state.registerCalls++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      for (const script of scripts) {
        if (state.registered.has(script.id)) throw new Error(`Duplicate script id ${script.id}`);
        state.registered.add(script.id);
        state.held.set(script.id, script);
      }
      return scripts;
    },
    async unregister(ids) {
      for (const id of ids) {
        state.registered.delete(id);
        state.held.delete(id);
      }
    },
    async forget(site) {
      state.forgotten.push(site);
    },
  };
  return { state, apis };
}

describe('optional sites: scripts follow the permission', () => {
  it("registers Letterboxd's control and badges once the browser grants the site, on its hosts only", async () => {
    const { state, apis } = fakeBrowser(true);
    const registered: unknown[] = [];
    await createOptionalSiteRegistration({
      ...apis,
      register: (scripts) => {
        registered.push(...scripts);
        return apis.register(scripts);
      },
    })();
    expect([...state.registered].sort()).toEqual(['letterboxd', 'letterboxd-badges']);
    expect(registered).toEqual([
      {
        id: 'letterboxd',
        js: ['content-scripts/letterboxd.js'],
        matches: ['https://letterboxd.com/*'],
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
      {
        id: 'letterboxd-badges',
        js: ['content-scripts/letterboxd-badges.js'],
        matches: ['https://letterboxd.com/*'],
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  });

  it("registers Trakt's control and badges on the classic site and the app once Trakt alone is granted", async () => {
    const { state, apis } = fakeBrowser(['trakt']);
    await createOptionalSiteRegistration(apis)();
    expect([...state.registered].sort()).toEqual(['trakt', 'trakt-badges']);
    expect([...state.held.values()].map((script) => [script.id, script.js, script.matches])).toEqual([
      ['trakt', ['content-scripts/trakt.js'], ['https://trakt.tv/*', 'https://app.trakt.tv/*']],
      ['trakt-badges', ['content-scripts/trakt-badges.js'], ['https://trakt.tv/*', 'https://app.trakt.tv/*']],
    ]);
  });

  it("registers Crunchyroll's player frame script in every frame of static.crunchyroll.com with the site", async () => {
    const { state, apis } = fakeBrowser(['crunchyroll']);
    await createOptionalSiteRegistration(apis)();
    expect([...state.registered].sort()).toEqual([
      'crunchyroll',
      'crunchyroll-badges',
      'crunchyroll-player-frame',
    ]);
    expect(state.held.get('crunchyroll-player-frame')).toMatchObject({
      js: ['content-scripts/crunchyroll-player-frame.js'],
      matches: ['https://static.crunchyroll.com/*'],
      allFrames: true,
    });
    expect(state.held.get('crunchyroll')?.allFrames).toBeUndefined();
  });

  it('adds the player frame script to a Crunchyroll registered before it existed, keeping the others', async () => {
    const { state, apis } = fakeBrowser(['crunchyroll'], ['crunchyroll', 'crunchyroll-badges']);
    await createOptionalSiteRegistration(apis)();
    expect(state.registerCalls).toBe(1);
    expect([...state.registered].sort()).toEqual([
      'crunchyroll',
      'crunchyroll-badges',
      'crunchyroll-player-frame',
    ]);
  });

  it('registers nothing twice: scripts kept across a restart stay as they are', async () => {
    const { state, apis } = fakeBrowser(true, ['letterboxd', 'letterboxd-badges']);
    await createOptionalSiteRegistration(apis)();
    expect(state.registerCalls).toBe(0);
  });

  it('replaces scripts an older version registered with another run time', async () => {
    const { state, apis } = fakeBrowser(true, ['letterboxd', 'letterboxd-badges'], 'document_idle');
    await createOptionalSiteRegistration(apis)();
    expect([...state.held.values()].map((script) => [script.id, script.runAt])).toEqual([
      ['letterboxd', 'document_start'],
      ['letterboxd-badges', 'document_start'],
    ]);
    expect(state.registerCalls).toBe(1);
  });

  it('registers only what a browser dropped', async () => {
    const { state, apis } = fakeBrowser(true, ['letterboxd']);
    await createOptionalSiteRegistration(apis)();
    expect([...state.registered].sort()).toEqual(['letterboxd', 'letterboxd-badges']);
  });

  it('unregisters the scripts and forgets what the lists learned once the access is gone', async () => {
    const { state, apis } = fakeBrowser(false, ['letterboxd', 'letterboxd-badges']);
    await createOptionalSiteRegistration(apis)();
    expect([...state.registered]).toEqual([]);
    // Every site without a grant is put right: its learned ids go (Letterboxd's and Kitsu's learn any).
    expect(state.forgotten).toEqual(OPTIONAL_SITES);
  });

  it("registers each site by its own grant: AniDB's scripts on anidb.net only", async () => {
    const { state, apis } = fakeBrowser(['anidb']);
    await createOptionalSiteRegistration(apis)();
    expect([...state.held.values()].map((script) => [script.id, script.js, script.matches])).toEqual([
      ['anidb', ['content-scripts/anidb.js'], ['https://anidb.net/*']],
      ['anidb-badges', ['content-scripts/anidb-badges.js'], ['https://anidb.net/*']],
    ]);
  });

  it('registers each site granted on its own hosts only: AniList beside Letterboxd, and nothing of a site not granted', async () => {
    const { state, apis } = fakeBrowser(['letterboxd', 'anilist']);
    await createOptionalSiteRegistration(apis)();
    expect([...state.registered].sort()).toEqual([
      'anilist',
      'anilist-badges',
      'letterboxd',
      'letterboxd-badges',
    ]);
    expect(state.held.get('anilist')).toMatchObject({
      js: ['content-scripts/anilist.js'],
      matches: ['https://anilist.co/*'],
      runAt: 'document_start',
    });
    expect(state.held.get('anilist-badges')?.matches).toEqual(['https://anilist.co/*']);
    expect(state.forgotten).not.toContain('anilist');
  });

  it('registers nothing for a site never turned on', async () => {
    const { state, apis } = fakeBrowser(false);
    await createOptionalSiteRegistration(apis)();
    expect(state.registerCalls).toBe(0);
    expect([...state.registered]).toEqual([]);
  });

  it('runs one reconcile at a time: a grant heard at start-up and as an event registers once', async () => {
    const { state, apis } = fakeBrowser(true);
    const reconcile = createOptionalSiteRegistration(apis);
    await Promise.all([reconcile(), reconcile(), reconcile()]);
    expect(state.registerCalls).toBe(1);
    expect([...state.registered].sort()).toEqual(['letterboxd', 'letterboxd-badges']);
  });

  it('follows a withdrawal made after the grant (the browser’s own UI)', async () => {
    const { state, apis } = fakeBrowser(true);
    const reconcile = createOptionalSiteRegistration(apis);
    await reconcile();
    state.granted = false;
    await reconcile();
    expect([...state.registered]).toEqual([]);
  });
});
