/**
 * The import's service as the start-up script holds it (docs/architecture.md, "Loading code on demand"):
 * its part (import-part.ts) is loaded on the first call. A wake of the worker resumes an import only
 * when one is under way, which its alarm says (import-alarm.ts), so a wake with no import loads nothing.
 */
import { browser } from 'wxt/browser';
import { lazyMethods, type PartLoader } from '../parts/part-loader';
import { IMPORT_ALARM } from './import-alarm';
import type { ImportPart } from './import-part';
import type { ImportServices } from './import-service';

const METHODS = [
  'view',
  'resume',
  'state',
  'history',
  'rematch',
  'start',
  'discard',
  'stop',
  'read',
  'withTab',
] as const;

export function lazyImports(loadPart: PartLoader, services: Omit<ImportServices, 'tabs'>) {
  const imports = lazyMethods(
    async () => (await loadPart<ImportPart>('import')).createImports(services),
    METHODS,
  );
  return {
    ...imports,
    /** A wake of the worker (start-up, back online): goes on with an import under way, if any. */
    async resumeIfUnderWay(): Promise<void> {
      if (await browser.alarms.get(IMPORT_ALARM)) await imports.resume();
    },
  };
}

export type LazyImports = ReturnType<typeof lazyImports>;
