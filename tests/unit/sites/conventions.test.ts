import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS, SITE_HOSTS_BY_SITE } from '../../../lib/hosts';
import { isPlayerService } from '../../../lib/player/adapter';
import { adapterForUrl, SITE_ADAPTERS } from '../../../lib/sites';
import { patternHost } from '../../../lib/sites/url';
import { FIXTURE_PAGES } from '../../fixtures/sites/pages';
import { importsOf } from '../conventions/import-graph';
import { URL_EXAMPLES } from './url-examples';

/**
 * A site is one folder, lib/sites/<id>/ (docs/architecture.md, "Rules the conventions test enforces"): its index.ts exports the
 * adapter, its list.ts the list part, and every file in it is small, pure and keeps its selectors in
 * one named block with the URL each was seen on. Helpers shared by every site stay at lib/sites/.
 */
const SITES_DIR = join(process.cwd(), 'lib', 'sites');
const entries = readdirSync(SITES_DIR, { withFileTypes: true });
const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
/**
 * A service tracked on its player only (docs/architecture.md, A playback) keeps a folder with its
 * player.ts and the readers it needs, and no title adapter (no index.ts).
 */
const isPlayerOnly = (id: string) =>
  !existsSync(join(SITES_DIR, id, 'index.ts')) && existsSync(join(SITES_DIR, id, 'player.ts'));
const playerOnlyFolders = folders.filter(isPlayerOnly);
const siteFolders = folders.filter((id) => !isPlayerOnly(id));
const sharedFiles = entries
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
  .map((e) => e.name);
const folderFiles = (id: string) => readdirSync(join(SITES_DIR, id)).filter((name) => name.endsWith('.ts'));
const source = (name: string) => readFileSync(join(SITES_DIR, name), 'utf8');
const lineCount = (name: string) => source(name).trimEnd().split('\n').length;
const IMPURE = /\bfetch\(|XMLHttpRequest|localStorage|indexedDB|\bbrowser\.|\bchrome\.|wxt\//;
/**
 * A service's player adapter (player.ts) may read the service's own same-origin JSON with the page's
 * cookies, as lib/player/adapter.ts allows `nowPlaying` to: no storage, messaging or extension API.
 */
const IMPURE_PLAYER = /XMLHttpRequest|localStorage|indexedDB|\bbrowser\.|\bchrome\.|wxt\//;
/** The site folder an import target lies in (or is), or null for the shared helpers. */
const siteOf = (target: string) =>
  folders.find((id) => target === `lib/sites/${id}` || target.startsWith(`lib/sites/${id}/`)) ?? null;
const isRegistry = (target: string) => /^lib\/sites(\/index(\.ts)?)?$/.test(target);
const adapterFiles = siteFolders
  .flatMap((id) => folderFiles(id).map((name) => `${id}/${name}`))
  .filter((name) => /export const \w+: SiteAdapter = \{/.test(source(name)));

/** Each entry of the SELECTORS block, with the doc comment right above it. */
function selectorEntries(text: string): { key: string; comment: string }[] {
  const block = /const SELECTORS = \{([\s\S]*?)\n\} as const;/.exec(text)?.[1] ?? '';
  return Array.from(block.matchAll(/(\/\*\*[\s\S]*?\*\/)?\s*(\w+):\s*'/g), (match) => ({
    key: match[2]!,
    comment: match[1] ?? '',
  }));
}

describe('site adapter conventions', () => {
  it('has exactly one folder per adapter in SITE_ADAPTERS, named after its id, its index.ts the adapter', () => {
    expect(siteFolders.sort()).toEqual(SITE_ADAPTERS.map((adapter) => adapter.id).sort());
    expect(adapterFiles.sort()).toEqual(SITE_ADAPTERS.map((adapter) => `${adapter.id}/index.ts`).sort());
  });

  describe.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s', (id, adapter) => {
    const files = folderFiles(id).map((name) => `${id}/${name}`);

    it('keeps every file of its folder at most 150 lines', () => {
      for (const file of files) expect(lineCount(file), file).toBeLessThanOrEqual(150);
    });

    it("gathers the adapter's selectors in one SELECTORS block, each with the real URL it was seen on", () => {
      const entries = selectorEntries(source(`${id}/index.ts`));
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries)
        expect(entry.comment, `${id} SELECTORS.${entry.key}`).toMatch(/https:\/\/[^\s*]+/);
    });

    it('is pure in every file: no network (but a player’s own JSON), storage, messaging or extension APIs', () => {
      for (const file of files)
        expect(source(file), file).not.toMatch(file.endsWith('/player.ts') ? IMPURE_PLAYER : IMPURE);
    });

    it("imports no other site's folder and not the registry", () => {
      for (const file of files) {
        const foreign = importsOf(`lib/sites/${file}`).filter(
          (target) => isRegistry(target) || (siteOf(target) !== null && siteOf(target) !== id),
        );
        expect(foreign, file).toEqual([]);
      }
    });

    it(`lists a page's titles from ${id}/list.ts: selectors in one SELECTORS block with URLs`, () => {
      const listFile = `${id}/list.ts`;
      expect(adapter.listed, 'SiteAdapter.listed').toBeTypeOf('function');
      expect(files).toContain(listFile);
      const entries = selectorEntries(source(listFile));
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries)
        expect(entry.comment, `${listFile} SELECTORS.${entry.key}`).toMatch(/https:\/\/[^\s*]+/);
    });

    it('matches exactly the hosts lib/hosts.ts lists for its site (the router checks media by them)', () => {
      expect(adapter.matches.length).toBeGreaterThan(0);
      const hosts = adapter.matches.map(patternHost).sort();
      expect(hosts).toEqual([...SITE_HOSTS_BY_SITE[adapter.id]].sort());
    });

    it('has fixture pages: at least one title page, and positive and negative URL examples', () => {
      const pages = FIXTURE_PAGES.filter((page) => adapterForUrl(page.url)?.id === id);
      expect(pages.some((page) => page.expected !== null)).toBe(true);
      expect(URL_EXAMPLES[id].positives.length).toBeGreaterThan(0);
      expect(URL_EXAMPLES[id].negatives.length).toBeGreaterThan(0);
    });
  });

  describe.each(playerOnlyFolders.map((id) => [id] as const))('%s (player only)', (id) => {
    const files = folderFiles(id).map((name) => `${id}/${name}`);

    it('is named after a player service and keeps small, pure files that import no other site', () => {
      expect(isPlayerService(id)).toBe(true);
      for (const file of files) {
        expect(lineCount(file), file).toBeLessThanOrEqual(150);
        expect(source(file), file).not.toMatch(file.endsWith('/player.ts') ? IMPURE_PLAYER : IMPURE);
        const foreign = importsOf(`lib/sites/${file}`).filter(
          (target) => isRegistry(target) || (siteOf(target) !== null && siteOf(target) !== id),
        );
        expect(foreign, file).toEqual([]);
      }
    });
  });

  it('covers every site host in lib/hosts.ts with an adapter', () => {
    const covered = SITE_ADAPTERS.flatMap((adapter) => adapter.matches.map(patternHost));
    for (const host of SITE_HOSTS) expect(covered).toContain(host);
  });

  it('keeps shared helpers small', () => {
    expect(sharedFiles).toContain('adapter.ts');
    for (const name of sharedFiles) expect(lineCount(name), name).toBeLessThanOrEqual(80);
  });

  it('has no fixture page for a site without an adapter', () => {
    for (const page of FIXTURE_PAGES) expect(adapterForUrl(page.url), page.url).not.toBeNull();
  });
});
