import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS, SITE_HOSTS_BY_SITE } from '../../../lib/hosts';
import { adapterForUrl, SITE_ADAPTERS } from '../../../lib/sites';
import { patternHost } from '../../../lib/sites/url';
import { FIXTURE_PAGES } from '../../fixtures/sites/pages';
import { URL_EXAMPLES } from './url-examples';

/** docs/architecture.md, Rules the conventions test enforces: a site = one adapter, small, selectors in one named block, with examples. */
const SITES_DIR = join(process.cwd(), 'lib', 'sites');
const files = readdirSync(SITES_DIR).filter((name) => name.endsWith('.ts'));
const source = (name: string) => readFileSync(join(SITES_DIR, name), 'utf8');
const lineCount = (name: string) => source(name).trimEnd().split('\n').length;
const adapterFiles = files.filter((name) => /export const \w+: SiteAdapter = \{/.test(source(name)));
/** Each adapter's list part (findListedTitles) lives beside it, under the same rules as the adapter. */
const listFiles = SITE_ADAPTERS.map((adapter) => `${adapter.id}-list.ts`);

/** Each entry of the SELECTORS block, with the doc comment right above it. */
function selectorEntries(text: string): { key: string; comment: string }[] {
  const block = /const SELECTORS = \{([\s\S]*?)\n\} as const;/.exec(text)?.[1] ?? '';
  return Array.from(block.matchAll(/(\/\*\*[\s\S]*?\*\/)?\s*(\w+):\s*'/g), (match) => ({
    key: match[2]!,
    comment: match[1] ?? '',
  }));
}

describe('site adapter conventions', () => {
  it('has exactly one adapter file per adapter in SITE_ADAPTERS, named after its id', () => {
    expect(adapterFiles.sort()).toEqual(SITE_ADAPTERS.map((adapter) => `${adapter.id}.ts`).sort());
  });

  describe.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s', (id, adapter) => {
    const file = `${id}.ts`;

    it('is at most 150 lines', () => {
      expect(lineCount(file)).toBeLessThanOrEqual(150);
    });

    it('gathers its selectors in one SELECTORS block, each with the real URL it was seen on', () => {
      const entries = selectorEntries(source(file));
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries)
        expect(entry.comment, `${id} SELECTORS.${entry.key}`).toMatch(/https:\/\/[^\s*]+/);
    });

    it('is pure: no network, storage, messaging or extension APIs', () => {
      expect(source(file)).not.toMatch(
        /\bfetch\(|XMLHttpRequest|localStorage|indexedDB|\bbrowser\.|\bchrome\.|wxt\//,
      );
    });

    it(`lists a page's titles from ${id}-list.ts: at most 150 lines, pure, selectors in one SELECTORS block with URLs`, () => {
      const listFile = `${id}-list.ts`;
      expect(adapter.listed, 'SiteAdapter.listed').toBeTypeOf('function');
      expect(files).toContain(listFile);
      expect(lineCount(listFile)).toBeLessThanOrEqual(150);
      const entries = selectorEntries(source(listFile));
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries)
        expect(entry.comment, `${listFile} SELECTORS.${entry.key}`).toMatch(/https:\/\/[^\s*]+/);
      expect(source(listFile)).not.toMatch(
        /\bfetch\(|XMLHttpRequest|localStorage|indexedDB|\bbrowser\.|\bchrome\.|wxt\//,
      );
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

  it('covers every site host in lib/hosts.ts with an adapter', () => {
    const covered = SITE_ADAPTERS.flatMap((adapter) => adapter.matches.map(patternHost));
    for (const host of SITE_HOSTS) expect(covered).toContain(host);
  });

  it('keeps shared helpers small', () => {
    for (const name of files.filter((file) => !adapterFiles.includes(file) && !listFiles.includes(file))) {
      expect(lineCount(name), name).toBeLessThanOrEqual(80);
    }
  });

  it('has no fixture page for a site without an adapter', () => {
    for (const page of FIXTURE_PAGES) expect(adapterForUrl(page.url), page.url).not.toBeNull();
  });
});
