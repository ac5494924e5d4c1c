import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { alertsPart } from '../lib/background/alerts/alerts-part';
import { registerPart } from '../lib/background/parts/registry';

/** The new-episode alerts' check, loaded by the background when the alerts are on (lib/background/parts/). */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerPart('alerts', alertsPart),
});
