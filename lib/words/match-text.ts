import { t } from '../i18n';
import type { ItemView } from '../messaging';
import { lookupFailedText } from './lookup-text';

type Matched = Pick<ItemView, 'title' | 'year' | 'type'>;

/** "The Office (2005 · TV)": a Simkl item as "Matched as" and the match search name it. */
export function matchedTitle({ title, year, type }: Matched): string {
  const details = [year, type && t(`matchedType_${type}`)].filter(Boolean).join(' · ');
  return details ? `${title ?? ''} (${details})` : (title ?? '');
}

/**
 * "Matched as: The Office (2005 · TV)"; "Simkl has no match for this title" when Simkl said so, and
 * why it could not be asked when it could not (lookup-text.ts).
 */
export function matchedAsText(view: Matched & Pick<ItemView, 'known' | 'lookupFailed'>): string {
  if (view.known && view.title) return t('matchedAs', matchedTitle(view));
  return view.lookupFailed ? lookupFailedText(view.lookupFailed) : t('matchNone');
}
