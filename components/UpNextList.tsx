import { t } from '../lib/i18n';
import { UpNextRow } from './UpNextRow';
import { useSiteLinks, useUpNext } from './use-up-next';

/**
 * The Watching shows and anime with an aired episode not watched yet, the most recently watched first
 * (docs/architecture.md, Up next). Read from the local stores only: opening it asks Simkl nothing.
 */
export function UpNextList({ revision }: { revision: number }) {
  const { state, unreadable, reload } = useUpNext(revision);
  const links = useSiteLinks();
  if (unreadable) {
    return (
      <p class="error" role="alert">
        {t('upNextUnreadable')}
      </p>
    );
  }
  if (!state) return <p class="muted">{t('popupLoading')}</p>;
  if (state.kind === 'signed-out') return <p class="muted">{t('upNextSignedOut')}</p>;
  if (state.kind === 'not-synced') return <p class="muted">{t('upNextNotSynced')}</p>;
  if (state.rows.length === 0) return <p class="muted">{t('upNextEmpty')}</p>;
  const now = Date.now();
  return (
    <ul class="results up-next" data-testid="up-next">
      {state.rows.map((row) => (
        <UpNextRow key={row.entry.ids.simkl} row={row} now={now} links={links} onMarked={reload} />
      ))}
    </ul>
  );
}
