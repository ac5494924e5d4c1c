import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { calendarPart } from '../lib/background/calendar/calendar-part';
import { registerPart } from '../lib/background/parts/registry';

/** Simkl's calendar files, loaded by the background on their first read (lib/background/parts/). */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerPart('calendar', calendarPart),
});
