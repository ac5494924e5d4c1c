/**
 * The popup with a sleeping background (docs/architecture.md, The popup): what it first shows comes from the IndexedDB it
 * shares with the background, and the background's fresh answer follows. To prove the first view
 * needed no background, the popup's messages to it are held in the page (HOLD_MESSAGES, installed
 * before the popup's scripts) until the test lets them go: nothing wakes the worker meanwhile.
 */
import { DEMO_USER } from '../../simkl-service/index';
import type { World } from '../harness/world';

/** Source text run before the popup's scripts: runtime.sendMessage waits for `__simklRelease()`. */
export const HOLD_MESSAGES = `(() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const runtime = api.runtime;
  const send = runtime.sendMessage.bind(runtime);
  const held = [];
  let open = false;
  globalThis.__simklHeld = () => held.length;
  globalThis.__simklRelease = () => {
    open = true;
    for (const go of held.splice(0)) go();
  };
  runtime.sendMessage = (...args) => {
    if (open) return send(...args);
    return new Promise((resolve, reject) => {
      held.push(() => {
        try {
          Promise.resolve(send(...args)).then(resolve, reject);
        } catch (error) {
          reject(error);
        }
      });
    });
  };
})();`;

export const DOCTOR_WHO_PATTERN = 'https://www.imdb.com/title/tt0436992/*';

/** Doctor Who put on hold on Simkl (another device) while the extension sleeps: only a sync can tell. */
export function holdDoctorWhoElsewhere(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { imdb: 'tt0436992' }, type: 'show', status: 'hold', watchedEpisodes: 12 },
  ]);
}

export function apiRequests(world: World): string[] {
  return world.control
    .requestLog()
    .filter((entry) => entry.host === 'api.simkl.com')
    .map((entry) => entry.path);
}
