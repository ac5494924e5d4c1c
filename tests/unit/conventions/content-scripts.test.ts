import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAYER_FRAME_HOSTS, PLAYER_ONLY_SERVICE_HOSTS } from '../../../lib/hosts';
import { PLAYABLE_SERVICES } from '../../../lib/player/services';
import { SITE_ADAPTERS } from '../../../lib/sites';
import { bundleClosure, type Read } from './import-graph';

/**
 * A site's content scripts carry only that site's code: each imports its own site folder, never
 * the registry (lib/sites/index.ts, which holds every adapter) nor another site's folder. The
 * closure of value imports bounds what the bundler can put in a script, so a clean closure means a
 * clean bundle; type-only imports are erased and do not count.
 */
/** The sites, and the player-only services (their player scripts carry their own folder only too). */
const PLAYER_ONLY = Object.keys(PLAYER_ONLY_SERVICE_HOSTS);
const SITES: string[] = [...SITE_ADAPTERS.map((adapter) => adapter.id), ...PLAYER_ONLY];
const ENTRIES = readdirSync('entrypoints').filter((name) => name.endsWith('.content.ts'));

/** The site a content script serves, from its name (`netflix-import.content.ts` → netflix). */
const siteOfEntry = (name: string) =>
  SITES.find((site) => name === `${site}.content.ts` || name.startsWith(`${site}-`));

/** The other sites' code (and the registry) a script's closure holds. */
function foreignCode(entry: string, site: string, read?: Read, known?: ReadonlySet<string>): string[] {
  return [...bundleClosure(entry, read, known)].filter((file) => {
    if (/^lib\/sites\/(index|url-readers|title-links)\.ts$/.test(file)) return true;
    const folder = /^lib\/sites\/([^/]+)\//.exec(file)?.[1];
    return folder !== undefined && folder !== site;
  });
}

describe('content scripts carry only their own site', () => {
  it('finds a content script of every site, each named after its site', () => {
    expect(ENTRIES.map(siteOfEntry)).not.toContain(undefined);
    expect(new Set(ENTRIES.map(siteOfEntry))).toEqual(new Set(SITES));
  });

  it.each(ENTRIES)('%s imports no other site and not the registry', (name) => {
    expect(foreignCode(`entrypoints/${name}`, siteOfEntry(name) as string)).toEqual([]);
  });

  it('sees what it is meant to catch', () => {
    const files: Record<string, string> = {
      'entrypoints/imdb.content.ts':
        "import { run } from '../lib/page/x';\nimport type { T } from '../lib/sites/tmdb/y';",
      'lib/page/x.ts': "import { type A, pageIdOf } from '../sites/index';\nexport const run = 1;",
      'lib/sites/index.ts': "export { mal } from './mal/index';",
      'lib/sites/mal/index.ts': 'export const mal = 1;',
      'lib/sites/tmdb/y.ts': 'export type T = 1;',
    };
    const read: Read = (file) => files[file] ?? '';
    const known = new Set(Object.keys(files));
    expect(foreignCode('entrypoints/imdb.content.ts', 'imdb', read, known).sort()).toEqual([
      'lib/sites/index.ts',
      'lib/sites/mal/index.ts',
    ]);
  });
});

describe('player-only services have their scripts', () => {
  it('each has a player script, a frame script where its video plays in another origin, and its switch', () => {
    for (const service of PLAYER_ONLY) {
      expect(existsSync(`entrypoints/${service}-player.content.ts`), service).toBe(true);
      const framed = (PLAYER_FRAME_HOSTS[service] ?? []).length > 0;
      expect(existsSync(`entrypoints/${service}-player-frame.content.ts`), service).toBe(framed);
      expect(PLAYABLE_SERVICES).toContain(service);
    }
  });
});
