/**
 * The confirm window's intents. Only the window's own page may use them (the router already refuses
 * content scripts; this checks the page too), and Confirm takes its pending action once, so a second
 * Confirm, a replayed one or one for an expired id writes nothing. The write goes through the same
 * item handlers as before the window existed: the outbox, stamped with its owner.
 */
import { SimklError } from '../../errors';
import type { MenuActionView } from '../../messaging';
import type { HandlerContext, ItemHandlers, MenuHandlers } from '../intents/handler-types';
import { MENU_CONTEXT } from './context-menu-items';
import type { PendingMenuAction, PendingMenuActions } from './pending-menu-actions';

export const CONFIRM_PAGE = '/confirm.html';

export interface MenuConfirmDeps {
  handlers: Pick<ItemHandlers, 'status' | 'setStatus' | 'markWatched'>;
  pending: PendingMenuActions;
}

function requireConfirmPage(context: HandlerContext): void {
  let path: string | undefined;
  try {
    path = context.url ? new URL(context.url).pathname : undefined;
  } catch {
    path = undefined;
  }
  if (context.from !== 'page' || path !== CONFIRM_PAGE) {
    throw new SimklError('internal', 'Only the confirm window answers a menu action.');
  }
}

function viewOf({ write, link, match, listed }: PendingMenuAction): MenuActionView {
  return { write, link, match, listed };
}

export function createMenuConfirmHandlers({ handlers, pending }: MenuConfirmDeps): MenuHandlers {
  return {
    async menuAction({ id }, context) {
      requireConfirmPage(context);
      const action = await pending.get(id);
      if (!action) throw new SimklError('not-found', 'This menu action has expired or was answered.');
      return viewOf(action);
    },
    async menuConfirm({ id }, context) {
      requireConfirmPage(context);
      const action = await pending.take(id);
      if (!action) return { done: false, reason: 'expired' };
      const { media, write, match } = action;
      // The window named one Simkl item: if the link now resolves to another (a "Not this?" since),
      // writing would change a title the user did not confirm.
      const now = await handlers.status({ media }, MENU_CONTEXT);
      if (!match.found || now.simkl !== match.simkl) return { done: false, reason: 'changed' };
      if (write.kind === 'status') await handlers.setStatus({ media, status: write.status }, MENU_CONTEXT);
      else await handlers.markWatched({ media, scope: write.scope }, MENU_CONTEXT);
      return { done: true };
    },
    async menuCancel({ id }, context) {
      requireConfirmPage(context);
      return { cancelled: (await pending.take(id)) !== null };
    },
  };
}
