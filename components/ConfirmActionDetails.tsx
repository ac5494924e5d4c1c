import { t } from '../lib/i18n';
import type { MenuActionView } from '../lib/messaging';
import { menuMatchText, menuWriteText } from '../lib/words/menu-action-text';
import { Poster } from './Poster';

/**
 * What the link menu's Confirm would write and for which title: the action, the Simkl match (or why
 * there is none) and the link itself, its text where it could be had, so a swapped link shows.
 */
export function ConfirmActionDetails({ action }: { action: MenuActionView }) {
  const { write, listed, match, link } = action;
  return (
    <>
      <p data-testid="confirm-write">
        <strong>{menuWriteText(write, listed)}</strong>
      </p>
      <div class="summary">
        {match.found && <Poster path={match.poster} size="m" width={48} height={71} alt="" />}
        <p data-testid="confirm-match" class={match.found ? 'facts' : 'facts error'}>
          {menuMatchText(match)}
        </p>
      </div>
      <p data-testid="confirm-link" class="muted confirm-link">
        {t('confirmMenuLink', link.url)}
      </p>
      {link.text && (
        <p data-testid="confirm-link-text" class="muted confirm-link">
          {t('confirmMenuLinkText', link.text)}
        </p>
      )}
    </>
  );
}
