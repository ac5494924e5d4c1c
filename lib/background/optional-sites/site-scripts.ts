import type { browser } from 'wxt/browser';
import type { OptionalSite } from '../../media';
import { optionalSiteOrigins } from '../../site-access/optional-sites';

type RegisteredScript = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

/**
 * An optional site's scripts, as WXT builds them from entrypoints/<site>.content.ts and
 * <site>-badges.content.ts (content-scripts/<name>.js), with the run times the built-in sites'
 * manifest entries have: the control when the page is idle, the badges at document end.
 */
export function optionalSiteScripts(site: OptionalSite): RegisteredScript[] {
  const matches = optionalSiteOrigins(site);
  return [
    { id: `${site}`, js: [`content-scripts/${site}.js`], matches, runAt: 'document_idle' },
    { id: `${site}-badges`, js: [`content-scripts/${site}-badges.js`], matches, runAt: 'document_end' },
  ].map((script) => ({ ...script, persistAcrossSessions: true }) as RegisteredScript);
}
