import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles } from './import-graph';

/**
 * design.md's rule that keeps the house simple: layers point one way. lib/ is the floor the UI
 * stands on, so nothing in it imports components/ or entrypoints/; lib/simkl is the stateless
 * client, so it imports neither the stores nor the account that keeps the session.
 */
const RULES: Array<{ room: string; forbidden: string[]; why: string }> = [
  { room: 'lib/', forbidden: ['components/', 'entrypoints/'], why: 'lib/ never imports the UI' },
  { room: 'lib/simkl/', forbidden: ['lib/store/', 'lib/account/'], why: 'the client keeps no state' },
  {
    room: 'lib/sites/',
    forbidden: ['lib/page/', 'lib/messaging', 'lib/background/', 'lib/store/'],
    why: 'site adapters are pure',
  },
];

function violations(files: string[], rule: (typeof RULES)[number], read?: (file: string) => string) {
  return files
    .filter((file) => file.startsWith(rule.room))
    .flatMap((file) =>
      importsOf(file, read?.(file))
        .filter((target) => rule.forbidden.some((prefix) => target.startsWith(prefix)))
        .map((target) => `${file} imports ${target}`),
    );
}

describe('rooms import only downwards', () => {
  const files = sourceFiles('lib');

  it.each(RULES.map((rule) => [rule.why, rule] as const))('%s', (_why, rule) => {
    expect(violations(files, rule)).toEqual([]);
  });

  it('sees the imports it is meant to catch', () => {
    // The check itself must be able to fail: feed it the imports the rules forbid.
    const bad: Record<string, string> = {
      'lib/page/x.ts': "import { mountControl } from '../../components/mount-control';",
      'lib/simkl/x.ts': "import type { SessionStore } from '../store/session-store';\n",
      'lib/sites/x.ts': "export { t } from '../page/labels';",
    };
    const read = (file: string) => bad[file] ?? '';
    expect(RULES.map((rule) => violations(Object.keys(bad), rule, read))).toEqual([
      ['lib/page/x.ts imports components/mount-control'],
      ['lib/simkl/x.ts imports lib/store/session-store'],
      ['lib/sites/x.ts imports lib/page/labels'],
    ]);
  });

  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('lib/simkl/client.ts');
  });
});
