/** The import's preview sentence, with the numbers in the reader's own format ("1,234", "1.234"). */
import { formatNumber, t } from '../i18n';
import type { ImportSummary } from '../messaging';

export function importPreviewText(summary: ImportSummary): string {
  const { viewings, movies, episodes, shows, fresh, unmatched } = summary;
  return t('importPreview', [viewings, movies, episodes, shows, fresh, unmatched.length].map(formatNumber));
}
