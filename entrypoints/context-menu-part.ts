import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { contextMenuPart } from '../lib/background/context-menu/context-menu-part';
import { registerPart } from '../lib/background/parts/registry';

/** A link menu click, loaded by the background on the first one (lib/background/parts/). */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerPart('context-menu', contextMenuPart),
});
