import { t } from '../lib/i18n';
import { type DetectedMedia, SITES } from '../lib/media';
import { matchedAsText } from '../lib/words/match-text';
import { Logo } from './Logo';
import { MatchSearch } from './MatchSearch';
import { useIntent } from './use-intent';

/** The page's media as the background put it in the window's address; the background checks it again. */
function mediaOf(param: string | null): DetectedMedia | null {
  try {
    const media = JSON.parse(param ?? 'null') as DetectedMedia | null;
    return media && SITES.includes(media.site) && typeof media.ids === 'object' ? media : null;
  } catch {
    return null;
  }
}

/** The match window (match.html): what the page is matched to now, and the search to correct it. */
export function MatchWindow({ param }: { param: string | null }) {
  const media = mediaOf(param);
  const [status] = useIntent('status', { media: media ?? ({} as DetectedMedia) }, 0);
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
      />
    </main>
  );
}
