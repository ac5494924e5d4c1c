/** The import's preview sentence, with the numbers in the reader's own format ("1,234", "1.234"). */
import { formatNumber, t } from '../i18n';
import type { ImportPlan } from './netflix-map';

export function importPreviewText(plan: ImportPlan): string {
  return t(
    'importPreview',
    [plan.viewings, plan.movies, plan.episodes, plan.shows, plan.targets.length, plan.unmatched.length].map(
      formatNumber,
    ),
  );
}
