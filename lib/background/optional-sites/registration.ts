/**
 * Keeps each optional site's registered scripts in step with its permission: registered while the
 * browser grants the site, gone (with what its list pages learned) once it does not. Runs on every
 * permission change, at start-up and on install or update, so a grant or a withdrawal made while the
 * background slept, or scripts a browser dropped, are put right the next time it wakes.
 *
 * `scripting.registerContentScripts` in both builds: Firefox's MV2 `contentScripts.register` drops
 * its scripts when the page that registered them unloads, and our background is an event page.
 */
import { OPTIONAL_SITES, type OptionalSite } from '../../media';
import { type HeldScript, putScriptsInPlace } from '../script-registry/registered-scripts';
import { optionalSiteScripts } from './site-scripts';

export type { HeldScript } from '../script-registry/registered-scripts';

type Script = ReturnType<typeof optionalSiteScripts>[number];

export interface RegistrationApis {
  isGranted(site: OptionalSite): Promise<boolean>;
  registered(ids: string[]): Promise<HeldScript[]>;
  register(scripts: Script[]): Promise<unknown>;
  unregister(ids: string[]): Promise<unknown>;
  /** Drops what the site's pages learned (lib/store/learned-ids.ts). */
  forget(site: OptionalSite): Promise<void>;
}

async function reconcileSite(apis: RegistrationApis, site: OptionalSite): Promise<void> {
  const scripts = optionalSiteScripts(site);
  const ids = scripts.map((script) => script.id);
  const [granted, present] = await Promise.all([apis.isGranted(site), apis.registered(ids)]);
  await putScriptsInPlace(apis, granted ? scripts : [], present);
  if (!granted) await apis.forget(site);
}

/** One reconcile at a time: a permission change and start-up may race, and ids must not be registered twice. */
export function createOptionalSiteRegistration(apis: RegistrationApis): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  return () => {
    last = last.then(async () => {
      for (const site of OPTIONAL_SITES) await reconcileSite(apis, site).catch(() => undefined);
    });
    return last;
  };
}
