import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { importPart } from '../lib/background/import/import-part';
import { registerPart } from '../lib/background/parts/registry';

/** The history import, loaded by the background on demand (lib/background/parts/). */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerPart('import', importPart),
});
