/**
 * Simkl's calendar files (fetched, parsed, cached) as a part of the background of its own
 * (docs/architecture.md, "Loading code on demand"): loaded when Up next, Upcoming, a show's next
 * episode, the alerts or the refresh after a sync first read them.
 */
import { createCalendar } from '../../calendar/calendar';

export const calendarPart = { createCalendar };

export type CalendarPart = typeof calendarPart;
