import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import type { EpisodeActionKind } from '../lib/messaging';
import type { EpisodeLine, SeasonGroup } from './season-groups';

export interface SeasonRowProps {
  group: SeasonGroup;
  busy: boolean;
  onAction(action: EpisodeActionKind, season: number, episode?: number): void;
}

function EpisodeItem({
  season,
  line,
  busy,
  onAction,
}: { season: number; line: EpisodeLine } & Omit<SeasonRowProps, 'group'>) {
  const watched = line.watchedAt !== undefined;
  const code = `S${season}E${line.episode}`;
  return (
    <li class={watched ? 'episode watched' : 'episode'} data-episode={line.episode}>
      <span class="episode-name">
        {t('episodeNumber', line.episode)}
        {line.title && <span class="muted"> · {line.title}</span>}
      </span>
      {line.aired || watched ? (
        <button
          type="button"
          class="episode-mark"
          aria-pressed={watched}
          aria-label={watched ? t('episodeUnmark', code) : t('episodeMarkWatched', code)}
          disabled={busy}
          data-action={watched ? 'unwatch' : 'watch'}
          onClick={() => onAction(watched ? 'unwatch' : 'watch', season, line.episode)}
        >
          {watched ? '✓' : t('episodeMarkShort')}
        </button>
      ) : (
        <span class="muted">{t('episodeNotAired')}</span>
      )}
    </li>
  );
}

/** One season: "Season 2 · 5/10 watched" as a disclosure button, its episodes, and the season actions. */
export function SeasonRow({ group, busy, onAction }: SeasonRowProps) {
  const [open, setOpen] = useState(false);
  const { season, watched, aired } = group;
  const panel = `season-${season}-episodes`;
  return (
    <li class="season" data-season={season}>
      <button
        type="button"
        class="season-toggle"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
      >
        {t('seasonProgress', [season, watched, aired])}
      </button>
      <div id={panel} class="season-body" hidden={!open}>
        <div class="season-actions">
          {watched < aired && (
            <button
              type="button"
              disabled={busy}
              data-action="watchSeason"
              onClick={() => onAction('watchSeason', season)}
            >
              {t('seasonMarkWatched')}
            </button>
          )}
          {group.episodes.some((line) => line.watchedAt !== undefined) && (
            <button
              type="button"
              disabled={busy}
              data-action="unwatchSeason"
              onClick={() => onAction('unwatchSeason', season)}
            >
              {t('seasonUnmark')}
            </button>
          )}
        </div>
        <ul class="episodes">
          {group.episodes.map((line) => (
            <EpisodeItem key={line.episode} season={season} line={line} busy={busy} onAction={onAction} />
          ))}
        </ul>
      </div>
    </li>
  );
}
