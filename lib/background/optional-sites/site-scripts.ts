import type { browser } from 'wxt/browser';
import type { OptionalSite } from '../../media';
import { optionalSiteOrigins } from '../../site-access/optional-sites';

type RegisteredScript = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

/**
 * An optional site's scripts, as WXT builds them from entrypoints/<site>.content.ts and
 * <site>-badges.content.ts (content-scripts/<name>.js), with the run time the built-in sites'
 * manifest entries have: document_start, so their storage reads overlap the page's parsing.
 */
export function optionalSiteScripts(site: OptionalSite): RegisteredScript[] {
  const matches = optionalSiteOrigins(site);
  return [
    { id: `${site}`, js: [`content-scripts/${site}.js`], matches, runAt: 'document_start' },
    { id: `${site}-badges`, js: [`content-scripts/${site}-badges.js`], matches, runAt: 'document_start' },
  ].map((script) => ({ ...script, persistAcrossSessions: true }) as RegisteredScript);
}
