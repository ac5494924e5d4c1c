import { describe, expect, it } from 'vitest';
import { SITE_ADAPTERS } from '../../../lib/sites/index';

/**
 * Convention check over every site: two thin content scripts each (the control, and the list
 * badges as `<site>-badges`), taking their matches from the adapter.
 */
const scripts = import.meta.glob<{ default: { matches: string[]; runAt?: string; main: unknown } }>(
  '../../../entrypoints/*.content.ts',
  { eager: true },
);

describe('content scripts', () => {
  it('exist exactly for the sites in the site list', () => {
    const names = Object.keys(scripts).map((path) => /([\w-]+)\.content\.ts$/.exec(path)?.[1]);
    const ids = SITE_ADAPTERS.map((adapter) => adapter.id);
    expect(names.sort()).toEqual([...ids, ...ids.map((id) => `${id}-badges`)].sort());
  });

  // The badges start at document_end: a list is in the document by then, and document_idle may wait
  // for the page's load event (every poster of a chart) before the first badge.
  it.each(
    SITE_ADAPTERS.flatMap((adapter) => [
      [adapter.id, 'document_idle', adapter] as const,
      [`${adapter.id}-badges`, 'document_end', adapter] as const,
    ]),
  )('%s runs at %s on its adapter’s matches', (id, runAt, adapter) => {
    const script = scripts[`../../../entrypoints/${id}.content.ts`]?.default;
    expect(script?.matches).toEqual(adapter.matches);
    expect(script?.runAt).toBe(runAt);
    expect(typeof script?.main).toBe('function');
  });
});
