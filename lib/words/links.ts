/** Links the UI renders: only pages on simkl.com, only over https. Images: lib/images/urls.ts. */
import { SIMKL_WEB_ORIGIN } from '../hosts';

export const SIMKL_HOME = `${SIMKL_WEB_ORIGIN}/`;

/** A page on simkl.com (ItemView.url, the PIN page), relative or absolute; undefined for anything else. */
export function simklPageUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, SIMKL_WEB_ORIGIN);
    const host = parsed.hostname.replace(/^www\./, '');
    return parsed.protocol === 'https:' && host === 'simkl.com' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
