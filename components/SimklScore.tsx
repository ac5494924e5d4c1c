import { formatNumber, t, uiLocale } from '../lib/i18n';
import type { DetectedMedia } from '../lib/media';
import { useIntent } from './use-intent';

export interface SimklScoreProps {
  media: DetectedMedia;
  /** The Simkl id the background matched, when it did: the surest key. */
  simkl?: number;
}

/** "Simkl 8.4 · 12,345 votes", linked to the title on Simkl; asked only here, when the popup opens. */
export function SimklScore({ media, simkl }: SimklScoreProps) {
  const [state] = useIntent('score', simkl === undefined ? { media } : { media, simkl }, 0);
  const score = state.value;
  if (!score) return null;
  const rating = score.rating.toLocaleString(uiLocale(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const text =
    score.votes === undefined
      ? t('simklScore', rating)
      : t('simklScoreVotes', [rating, formatNumber(score.votes)]);
  return (
    <p class="score" data-testid="simkl-score">
      {score.url ? (
        <a href={score.url} target="_blank" rel="noopener noreferrer">
          {text}
        </a>
      ) : (
        text
      )}
    </p>
  );
}
