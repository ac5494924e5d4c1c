import { t } from '../i18n';
import type { ItemView } from '../messaging';

type Matched = Pick<ItemView, 'title' | 'year' | 'type'>;

/** "The Office (2005 · TV)": a Simkl item as "Matched as" and the match search name it. */
export function matchedTitle({ title, year, type }: Matched): string {
  const details = [year, type && t(`matchedType_${type}`)].filter(Boolean).join(' · ');
  return details ? `${title ?? ''} (${details})` : (title ?? '');
}

/** "Matched as: The Office (2005 · TV)"; "Simkl has no match for this title" when nothing matched. */
export function matchedAsText(view: Matched & Pick<ItemView, 'known'>): string {
  return view.known && view.title ? t('matchedAs', matchedTitle(view)) : t('matchNone');
}
