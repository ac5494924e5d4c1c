import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { signInFlows } from '../lib/account/sign-in-flows';
import { registerPart } from '../lib/background/parts/registry';

/** The sign-in flows, loaded by the background when the user signs in (lib/background/parts/). */
export default defineUnlistedScript({
  globalName: false,
  main: () => registerPart('sign-in', signInFlows),
});
