/** A list badge's words: the glyphs it shows and the name a screen reader says. */
import { t } from '../../i18n';
import type { ListStatus } from '../../media';
import type { ListedState } from '../../messaging';
import { statusText } from '../../words/labels';

export interface BadgeText {
  /** "✓ 8", "▸ 5/12", "‖", "✕", "◷". */
  text: string;
  /** "Simkl: Completed, rated 8". */
  label: string;
}

/**
 * Text glyphs every system font has (DejaVu, Segoe, SF): an emoji such as 🕘 or ⏸ is an empty box
 * where no emoji font is installed.
 */
export const GLYPHS: Record<ListStatus, string> = {
  completed: '✓',
  watching: '▸',
  hold: '‖',
  dropped: '✕',
  plantowatch: '◷',
};

/** Longest text the badge's box holds at its smallest size (badge-styles.ts): "▸ 999/999". */
const LONGEST = 9;

function progressText(state: ListedState): string | undefined {
  if (state.watched === undefined) return undefined;
  return state.total ? `${state.watched}/${state.total}` : String(state.watched);
}

/** Null for a title the user does not have: it gets no badge. */
export function badgeText(state: ListedState | null): BadgeText | null {
  if (!state) return null;
  const status = statusText(state.status);
  if (state.status === 'completed' && state.rating !== null) {
    return {
      text: `${GLYPHS.completed} ${state.rating}`,
      label: t('badgeLabel', t('badgeRated', [status, state.rating])),
    };
  }
  const progress = state.status === 'watching' ? progressText(state) : undefined;
  if (progress !== undefined) {
    const words =
      state.total !== undefined && state.total > 0
        ? t('badgeProgress', [status, state.watched ?? 0, state.total])
        : t('badgeWatched', [status, state.watched ?? 0]);
    // "1088/1150" needs the whole box: the glyph goes, the label still says Watching.
    const text = `${GLYPHS.watching} ${progress}`;
    return { text: text.length > LONGEST ? progress : text, label: t('badgeLabel', words) };
  }
  return { text: GLYPHS[state.status], label: t('badgeLabel', status) };
}
