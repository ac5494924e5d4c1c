import { describe, expect, it } from 'vitest';
import { cyclesOf, importsOf, type Read, roomOf, sourceFiles } from './import-graph';

/**
 * The rules that keep the house simple (docs/architecture.md, "Rules the conventions test enforces"): layers
 * point one way, and nothing imports in a circle, neither two files (type-only imports included)
 * nor two rooms. A room is a folder of lib/ (a feature folder inside lib/background and lib/page),
 * components/ or entrypoints/.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['entrypoints'],
  ['components'],
  // The player engine draws its line with the pages' DOM helpers: above them.
  ['lib/player'],
  ['lib/background', 'lib/page', 'lib/popup'],
  ['lib/read-model', 'lib/title-index', 'lib/words', 'lib/score', 'lib/up-next'],
  ['lib/outbox', 'lib/alerts'],
  ['lib/account', 'lib/resolve'],
  ['lib/messaging'],
  ['lib/library', 'lib/images', 'lib/calendar'],
  ['lib/simkl', 'lib/site-access', 'lib/store', 'lib/sites'],
  // The player adapters' contract: the sites implement it, the background names its services.
  ['lib/player/adapter'],
  ['lib/hosts', 'lib/errors', 'lib/i18n', 'lib/idb'],
  ['lib/media'],
];

/** The entry of LAYERS a path belongs to, such as 'lib/background': the most precise one (a contract file in a folder). */
function layerRoom(path: string): string | undefined {
  const rooms = LAYERS.flat().filter((room) => inRoom(path, room));
  return rooms.sort((a, b) => b.length - a.length)[0];
}

/** The layer of a room or file: the index of the entry that is its room (0 = top). */
function layerOf(path: string): number {
  const room = layerRoom(path);
  return room === undefined ? -1 : LAYERS.findIndex((layer) => layer.includes(room));
}

/** Whether a file (lib/media.ts) or a path inside a folder (lib/page/ui/dom.ts) is in a room. */
function inRoom(path: string, room: string): boolean {
  return path.replace(/\.tsx?$/, '') === room || path.startsWith(`${room}/`);
}

const SOURCES = ['lib', 'components', 'entrypoints'];

/** Every import that goes up a layer, or sideways into another room of the same layer. */
function layerViolations(files: string[], read?: Read): string[] {
  return files.flatMap((file) =>
    importsOf(file, read)
      .filter((target) => SOURCES.some((root) => target.startsWith(`${root}/`)))
      .filter((target) => {
        const from = layerOf(file);
        const to = layerOf(target);
        if (from < 0 || to < 0) return true;
        return to < from || (to === from && layerRoom(target) !== layerRoom(file));
      })
      .map((target) => `${file} imports ${target}`),
  );
}

/** The rules no layer says: the Simkl client keeps no state, and site adapters are pure. */
const RULES: Array<{ room: string; forbidden: string[]; why: string }> = [
  { room: 'lib/simkl/', forbidden: ['lib/store/', 'lib/account/'], why: 'the client keeps no state' },
  {
    room: 'lib/sites/',
    forbidden: ['lib/store', 'lib/messaging', 'lib/library'],
    why: 'site adapters are pure',
  },
];

function ruleViolations(files: string[], rule: (typeof RULES)[number], read?: Read) {
  return files
    .filter((file) => file.startsWith(rule.room))
    .flatMap((file) =>
      importsOf(file, read)
        .filter((target) => rule.forbidden.some((prefix) => target.startsWith(prefix)))
        .map((target) => `${file} imports ${target}`),
    );
}

describe('the rooms of the house', () => {
  const files = SOURCES.flatMap((root) => sourceFiles(root));

  it('puts every source file in a layer', () => {
    expect(files.filter((file) => layerOf(file) < 0)).toEqual([]);
  });

  it('imports only from lower layers, never sideways into another room of the same layer', () => {
    expect(layerViolations(files)).toEqual([]);
  });

  it('has no import cycle between files, type-only imports included', () => {
    expect(cyclesOf(files, (file) => file)).toEqual([]);
  });

  it('has no import cycle between rooms (feature folders of lib/background and lib/page included)', () => {
    expect(cyclesOf(files, roomOf)).toEqual([]);
  });

  it.each(RULES.map((rule) => [rule.why, rule] as const))('%s', (_why, rule) => {
    expect(ruleViolations(files, rule)).toEqual([]);
  });

  it('keeps lib/background and lib/page in feature folders; only the worker wiring sits at the root', () => {
    const loose = files.filter((file) => /^lib\/(background|page)\/[^/]+$/.test(file));
    expect(loose.sort()).toEqual([
      'lib/background/alarms.ts',
      'lib/background/jobs.ts',
      'lib/background/revisions.ts',
      'lib/background/services.ts',
    ]);
  });

  it('sees what it is meant to catch', () => {
    // The checks themselves must be able to fail: feed them the imports they forbid.
    const bad: Record<string, string> = {
      'lib/page/control/x.ts': "import { mountControl } from '../../../components/mount-control';",
      'lib/page/badges/y.ts': "import { runSiteScript } from '../control/run-site-script';",
      'lib/simkl/x.ts': "import type { SessionStore } from '../store/session-store';\n",
      'lib/sites/x.ts': "export { t } from '../store/settings';",
      'lib/words/a.ts': "import type { B } from './b';",
      'lib/words/b.ts': "import { a } from './a';",
      'lib/background/items/a.ts': "import { b } from '../match/b';",
      'lib/background/match/b.ts': "import type { A } from '../items/a';",
      'lib/background/context-menu/c.ts': "import { router } from '../intents/router';",
    };
    const read: Read = (file) => bad[file] ?? '';
    const names = Object.keys(bad);
    expect(layerViolations(names, read)).toEqual([
      'lib/page/control/x.ts imports components/mount-control',
      'lib/simkl/x.ts imports lib/store/session-store',
      'lib/sites/x.ts imports lib/store/settings.ts',
    ]);
    expect(RULES.map((rule) => ruleViolations(names, rule, read))).toEqual([
      ['lib/simkl/x.ts imports lib/store/session-store'],
      ['lib/sites/x.ts imports lib/store/settings.ts'],
    ]);
    expect(cyclesOf(names, (file) => file, read)).toEqual([
      ['lib/words/a.ts', 'lib/words/b.ts'],
      ['lib/background/items/a.ts', 'lib/background/match/b.ts'],
    ]);
    expect(cyclesOf(names, roomOf, read)).toEqual([['lib/background/items', 'lib/background/match']]);
  });

  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain('lib/simkl/client.ts');
    expect(files).toContain('entrypoints/background.ts');
  });
});
