import { describe, expect, it } from 'vitest';
import { partBuildProblems } from '../../../scripts/lib/background-parts';

const bundles = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

describe('the check of the background parts after a build', () => {
  it('passes bundles that share their modules and parts the worker imports at install', () => {
    const built = bundles({
      background: ['/r/lib/errors.ts', '/r/lib/outbox/outbox.ts'],
      'import-part': ['/r/lib/background/import/import-service.ts'],
    });
    expect(partBuildProblems(built, ['import'])).toEqual([]);
  });

  it('fails a module held by two bundles, which would hold its state twice', () => {
    const built = bundles({
      background: ['/r/lib/outbox/outbox.ts'],
      'import-part': ['/r/lib/outbox/outbox.ts'],
      'alerts-part': ['/r/lib/outbox/outbox.ts'],
    });
    expect(partBuildProblems(built, ['import', 'alerts'])).toEqual([
      '/r/lib/outbox/outbox.ts is in background and import-part and alerts-part: share it (shared-modules.ts)',
    ]);
  });

  it('fails a part the worker would not import at install, and a listed part that was not built', () => {
    const built = bundles({ background: [], 'import-part': [] });
    expect(partBuildProblems(built, ['alerts'])).toEqual([
      'import-part is built but not in BACKGROUND_PARTS: the worker would never import it',
      'alerts-part is in BACKGROUND_PARTS but was not built (entrypoints/alerts-part.ts)',
    ]);
  });
});
