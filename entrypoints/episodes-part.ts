import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { episodesPart } from '../lib/background/episodes/episodes-part';
import { registerPart } from '../lib/background/parts/registry';

/** A title's episodes and the episode actions, loaded by the background on their first intent (lib/background/parts/). */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerPart('episodes', episodesPart),
});
