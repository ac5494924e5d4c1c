import { t } from '../i18n';

/** "Every 15 minutes", "Every hour", "Every 6 hours": a sync interval as people say it. */
export function syncIntervalText(minutes: number): string {
  if (minutes % 60 !== 0) return t('optionsEveryMinutes', minutes);
  const hours = minutes / 60;
  return hours === 1 ? t('optionsEveryHour') : t('optionsEveryHours', hours);
}
