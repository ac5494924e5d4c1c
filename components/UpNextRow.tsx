import { useState } from 'preact/hooks';
import type { ErrorData } from '../lib/errors';
import { t } from '../lib/i18n';
import type { DetectedMedia } from '../lib/media';
import { sendIntent } from '../lib/messaging';
import { itemUrl } from '../lib/simkl/urls';
import type { UpNextRowState } from '../lib/up-next/read-up-next';
import { upNextCode, upNextLine, watchLinkText } from '../lib/up-next/row-words';
import { watchLinks } from '../lib/up-next/watch-links';
import { errorText } from '../lib/words/error-text';
import { Poster } from './Poster';
import type { SiteLinksModel } from './use-up-next';

/**
 * The title as the media of a write: the protocol's media names a site, and a mirror entry has none,
 * so it borrows one whose rules fit (MyAnimeList numbers an anime as Simkl does, absolute) and
 * carries the Simkl id, which the background uses first.
 */
function mediaOf({ entry }: UpNextRowState): DetectedMedia {
  return {
    site: entry.type === 'anime' ? 'mal' : 'imdb',
    kind: entry.type,
    ids: { simkl: entry.ids.simkl },
    title: entry.title,
  };
}

/** What the row says of its write: why it waits, that it is on its way, or why it was refused. */
function writeNote(row: UpNextRowState, refused: ErrorData | undefined): string | undefined {
  if (refused) return t('upNextNotSaved', errorText(refused));
  if (row.waiting) return t('controlWaitingToSave', errorText(row.waiting));
  return row.pending > 0 ? t('upNextSaving') : undefined;
}

/** One show or anime: its next episode, **Mark S2E4 watched**, and where to open it. */
export function UpNextRow({
  row,
  now,
  links,
  onMarked,
}: {
  row: UpNextRowState;
  now: number;
  links: SiteLinksModel;
  onMarked(): void;
}) {
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<ErrorData>();
  const { entry, next } = row;
  const code = upNextCode(next);
  const mark = async () => {
    setBusy(true);
    setRefused(undefined);
    const request = { media: mediaOf(row), action: 'watch' as const, episode: next.episode };
    const answer = await sendIntent(
      'episodeAction',
      next.season === undefined ? request : { ...request, season: next.season },
    );
    setBusy(false);
    if (answer.ok) onMarked();
    else setRefused(answer.error);
  };
  const netflix = links.netflixIds.get(entry.ids.simkl);
  const siteLinks = watchLinks(netflix ? { ...entry.ids, netflix } : entry.ids, entry.type, links.isOn);
  const note = writeNote(row, refused);
  return (
    <li class="row up-next-row" data-simkl={entry.ids.simkl} data-testid="up-next-row">
      <Poster path={entry.poster} size="s" alt="" width={28} height={40} class="thumb" />
      <span class="grow">
        <a href={itemUrl(entry)} target="_blank" rel="noreferrer" data-testid="up-next-title">
          <strong>{entry.title}</strong>
        </a>
        <br />
        <span class="muted" data-testid="up-next-line">
          {upNextLine(row, now)}
        </span>
        {siteLinks.map((link) => (
          <a
            key={link.site}
            class="site-link"
            href={link.url}
            target="_blank"
            rel="noreferrer"
            data-site={link.site}
          >
            {watchLinkText(link.site)}
          </a>
        ))}
        {note && (
          <span class={refused ? 'error' : 'muted'} role="status" data-testid="up-next-note">
            {note}
          </span>
        )}
      </span>
      <button type="button" data-action="mark-next" disabled={busy} onClick={mark}>
        {t('actionMarkNextWatched', code)}
      </button>
    </li>
  );
}
