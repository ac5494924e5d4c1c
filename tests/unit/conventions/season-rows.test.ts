import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../../lib/sites';
import { bundleClosure } from './import-graph';

/**
 * A season's own episodes get ✓ marks only where the badges script was handed the part that draws
 * them (lib/page/badges/season-rows.ts): a site whose list readers can name an episode must hand it
 * over, or its season lists would badge every episode with its show's state; the others leave it out
 * (docs/architecture.md, Budgets). A list reader that can name an episode says 'episode'.
 */
const SEASON_ROWS = 'lib/page/badges/season-rows.ts';

function listsNameEpisodes(site: string): boolean {
  return ['list.ts', 'row.ts'].some((file) => {
    const path = `lib/sites/${site}/${file}`;
    return existsSync(path) && readFileSync(path, 'utf8').includes("'episode'");
  });
}

describe("the badges scripts and a season's own episodes", () => {
  const sites = SITE_ADAPTERS.map((adapter) => adapter.id);

  it.each(sites)(
    '%s: the season rows part is in its badges script exactly when its lists can name an episode',
    (site) => {
      const entry = `entrypoints/${site}-badges.content.ts`;
      expect(bundleClosure(entry).has(SEASON_ROWS)).toBe(listsNameEpisodes(site));
    },
  );

  it('finds the sites whose lists name episodes (IMDb’s season lists, Trakt’s season grids)', () => {
    expect(sites.filter(listsNameEpisodes)).toEqual(['imdb', 'trakt']);
  });
});
