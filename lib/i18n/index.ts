/** What every surface speaks with: messages from public/_locales, and the locale's formatting. */

export { declareDocumentLanguage } from './document-language';
export {
  airTime,
  clockTime,
  dateTime,
  daysFromToday,
  formatBytes,
  formatNumber,
  longDay,
  shortDate,
  uiLocale,
} from './format';
export { type MessageKey, t } from './translate';
