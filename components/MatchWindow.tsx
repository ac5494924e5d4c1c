import { browser } from 'wxt/browser';
import { t } from '../lib/i18n';
import type { DetectedMedia } from '../lib/media';
import { matchedAsText } from '../lib/words/match-text';
import { Logo } from './Logo';
import { MatchSearch } from './MatchSearch';
import { useIntent } from './use-intent';

/**
 * The page's media as the background put it in the window's address; the background checks it again
 * (a site's page or a player-only service's player: the list of both stays out of the pages' bundles).
 */
function mediaOf(param: string | null): DetectedMedia | null {
  try {
    const media = JSON.parse(param ?? 'null') as DetectedMedia | null;
    return media && typeof media.site === 'string' && typeof media.ids === 'object' ? media : null;
  } catch {
    return null;
  }
}

/** Long enough to read "Matched as: The Matrix (1999 · Movie)" before the window goes. */
const CLOSE_AFTER_MS = 1_500;

/** The window the background opened for this search (windows.create): the extension may close it. */
async function closeThisWindow(): Promise<void> {
  const current = await browser.windows.getCurrent().catch(() => undefined);
  if (current?.id !== undefined) await browser.windows.remove(current.id).catch(() => window.close());
  else window.close();
}

/** The match window (match.html): what the page is matched to now, and the search to correct it. */
export function MatchWindow({ param }: { param: string | null }) {
  const media = mediaOf(param);
  const [status, setStatus] = useIntent('status', { media: media ?? ({} as DetectedMedia) }, 0);
  if (!media) return <p class="error">{t('matchMissing')}</p>;
  const isEpisode = media.kind === 'episode';
  return (
    <main class="popup">
      <header class="bar">
        <Logo size={24} />
        <h1>{t('matchSearchTitle')}</h1>
      </header>
      {status.value && <p data-testid="matched-as-text">{matchedAsText(status.value)}</p>}
      <MatchSearch
        media={media}
        query={(isEpisode ? media.show?.title : media.title) ?? ''}
        year={isEpisode ? undefined : media.year}
        onChosen={(view) => {
          // The line above says the new match at once; the window then goes, its work done.
          setStatus(view);
          setTimeout(closeThisWindow, CLOSE_AFTER_MS);
        }}
      />
    </main>
  );
}
