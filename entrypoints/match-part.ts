import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { matchPart } from '../lib/background/match/match-part';
import { registerPart } from '../lib/background/parts/registry';

/** "Not this?" and the corrected matches, loaded by the background on their first intent (lib/background/parts/). */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerPart('match', matchPart),
});
