import { hostPermission, PLAYER_FRAME_HOSTS } from '../../hosts';
import type { OptionalSite } from '../../media';
import { optionalSiteOrigins } from '../../site-access/optional-sites';
import type { RegisteredScript } from '../script-registry/registered-scripts';

/**
 * The player frames' scripts (entrypoints/<site>-player-frame.content.ts) of the optional sites whose
 * video plays in an iframe of another origin (docs/architecture.md, A playback): in every frame, on
 * the frame's hosts only, so they report the video to the page that embeds it.
 */
const PLAYER_FRAME_SITES: readonly OptionalSite[] = ['crunchyroll'];

function playerFrameScripts(site: OptionalSite): RegisteredScript[] {
  if (!PLAYER_FRAME_SITES.includes(site)) return [];
  const matches = (PLAYER_FRAME_HOSTS[site] ?? []).map(hostPermission);
  const id = `${site}-player-frame`;
  return [{ id, js: [`content-scripts/${id}.js`], matches, runAt: 'document_start', allFrames: true }];
}

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
    ...playerFrameScripts(site),
  ].map((script) => ({ ...script, persistAcrossSessions: true }) as RegisteredScript);
}
