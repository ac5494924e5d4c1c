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

  it.each(
    SITE_ADAPTERS.flatMap((adapter) => [
      [adapter.id, adapter] as const,
      [`${adapter.id}-badges`, adapter] as const,
    ]),
  )('%s runs at document_idle on its adapter’s matches', (id, adapter) => {
    const script = scripts[`../../../entrypoints/${id}.content.ts`]?.default;
    expect(script?.matches).toEqual(adapter.matches);
    expect(script?.runAt).toBe('document_idle');
    expect(typeof script?.main).toBe('function');
  });
});
