import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { MENU_PART } from '../lib/page/control/menu-part';
import { registerPart } from '../lib/page/parts/part-registry';

/** The control's menu, put into a control script's isolated world when it asks (lib/page/parts/). */
export default defineUnlistedScript(() => registerPart('menu', MENU_PART));
