export { airedUnwatched, type BadgeAction, badgeCount, badgeText, updateBadge } from './badge';
export { type Calendar, type CalendarDeps, createCalendar, type UpcomingQuery } from './calendar';
export { calendarUrl } from './fetch-file';
export { CALENDAR_MAX_AGE_MS } from './file-cache';
export { parseCalendarV1 } from './parse-v1';
export { parseCalendarV2 } from './parse-v2';
export type { CalendarEntry, CalendarEntryType, CalendarFileKind, Clock, FetchLike } from './types';
