/**
 * The link context menu's confirmation (docs/architecture.md, Menus, commands and the badge): a menu
 * click stores what it would write as one pending action, and the extension's confirm window shows it
 * and answers Confirm or Cancel by its id.
 */
import type { ErrorData } from '../errors';
import type { ListStatus, SimklType } from '../media';
import type { MarkWatchedScope } from './views';

/** What Confirm writes: a list, or a watched mark (`episode`: the episode it names, "S1E3"). */
export type MenuWrite =
  | { kind: 'status'; status: ListStatus }
  | { kind: 'watched'; scope: MarkWatchedScope; episode?: string };

/**
 * The Simkl item the link was resolved to, or why there is none: Simkl does not know the title
 * (`error` absent) or could not be asked (`error`), which is not the same thing.
 */
export type MenuMatch =
  | { found: true; simkl: number; type: SimklType; title: string; year?: number; poster?: string }
  | { found: false; error?: ErrorData };

/** One pending action as the confirm window shows it. */
export interface MenuActionView {
  write: MenuWrite;
  /** The link's address, and its text where it could be had (Firefox's menus API; in Chrome, read from the page). */
  link: { url: string; text?: string };
  match: MenuMatch;
  /** The title's list when the menu was clicked: "Add to" or "Move to". */
  listed: ListStatus | null;
}

/** Confirm's answer: written, or refused: the id is unknown, expired or used, or the match moved. */
export type MenuConfirmView = { done: true } | { done: false; reason: 'expired' | 'changed' };

/** Pending action ids are random UUIDs. */
export const MENU_ACTION_ID = /^[0-9a-f-]{36}$/;
