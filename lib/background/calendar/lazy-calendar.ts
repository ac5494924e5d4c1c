/** The calendar as the start-up script holds it: its part (calendar-part.ts) loaded on the first read. */
import type { Calendar } from '../../calendar';
import { lazyMethods, type PartLoader } from '../parts/part-loader';
import type { CalendarPart } from './calendar-part';

export function lazyCalendar(loadPart: PartLoader): Calendar {
  return lazyMethods(
    async () => (await loadPart<CalendarPart>('calendar')).createCalendar(),
    ['upcoming', 'nextEpisode', 'entries', 'stats', 'clear'],
  );
}
