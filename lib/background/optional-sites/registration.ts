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
import { optionalSiteScripts } from './site-scripts';

type Script = ReturnType<typeof optionalSiteScripts>[number];
/** What the browser says of a script it holds. */
export type HeldScript = Pick<Script, 'id' | 'js' | 'matches' | 'runAt' | 'allFrames'>;

export interface RegistrationApis {
  isGranted(site: OptionalSite): Promise<boolean>;
  registered(ids: string[]): Promise<HeldScript[]>;
  register(scripts: Script[]): Promise<unknown>;
  unregister(ids: string[]): Promise<unknown>;
  /** Drops what the site's pages learned (lib/store/learned-ids.ts). */
  forget(site: OptionalSite): Promise<void>;
}

/** Whether the browser holds `held` as one of `scripts` is now (same files, hosts, frames and run time). */
export function sameScript(held: HeldScript, scripts: Script[]): boolean {
  const wanted = scripts.find((script) => script.id === held.id);
  const same = (a?: string[], b?: string[]) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  return (
    wanted !== undefined &&
    wanted.runAt === held.runAt &&
    Boolean(wanted.allFrames) === Boolean(held.allFrames) &&
    same(wanted.js, held.js) &&
    same(wanted.matches, held.matches)
  );
}

async function reconcileSite(apis: RegistrationApis, site: OptionalSite): Promise<void> {
  const scripts = optionalSiteScripts(site);
  const ids = scripts.map((script) => script.id);
  const [granted, present] = await Promise.all([apis.isGranted(site), apis.registered(ids)]);
  if (granted) {
    // Scripts registered by an older version (another run time, file or hosts) are replaced: the
    // browser keeps a registration across updates as it was made.
    const stale = present.filter((held) => !sameScript(held, scripts));
    if (stale.length > 0) await apis.unregister(stale.map((held) => held.id));
    const kept = present.filter((held) => !stale.includes(held));
    const missing = scripts.filter((script) => !kept.some((held) => held.id === script.id));
    if (missing.length > 0) await apis.register(missing);
    return;
  }
  if (present.length > 0) await apis.unregister(present.map((held) => held.id));
  await apis.forget(site);
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
