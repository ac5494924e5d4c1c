import { useEffect, useState } from 'preact/hooks';
import { isOptionalSite, type Site } from '../lib/media';
import { openResolveDb } from '../lib/resolve/cache';
import { isOptionalSiteOn } from '../lib/site-access/optional-sites';
import { getSettings } from '../lib/store/settings';
import { readUpNext, type UpNextState } from '../lib/up-next/read-up-next';
import { cachedNetflixIds } from '../lib/up-next/watch-links';

export interface UpNextModel {
  state?: UpNextState;
  /** The local stores could not be read (the browser refused IndexedDB). */
  unreadable: boolean;
  /** Reads again now (after a mark's answer, before the revision moves). */
  reload(): void;
}

/**
 * Up next from the local stores (docs/architecture.md, Up next), read again whenever `revision`
 * moves: the background bumps it for every change of the mirror or the write queue.
 */
export function useUpNext(revision: number): UpNextModel {
  const [state, setState] = useState<UpNextState>();
  const [unreadable, setUnreadable] = useState(false);
  const [reads, setReads] = useState(0);
  useEffect(() => {
    let live = true;
    readUpNext().then(
      (next) => {
        if (!live) return;
        setState(next);
        setUnreadable(false);
      },
      () => live && setUnreadable(true),
    );
    return () => {
      live = false;
    };
  }, [revision, reads]);
  return { state, unreadable, reload: () => setReads((count) => count + 1) };
}

export interface SiteLinksModel {
  /** Whether the user turned the site on: a built-in one in the options, an optional one by its permission. */
  isOn(site: Site): boolean;
  netflixIds: Map<number, string>;
}

/** What the rows' links need; nothing until read, so no link shows that is not truly known. */
export function useSiteLinks(): SiteLinksModel {
  const [model, setModel] = useState<SiteLinksModel>({ isOn: () => false, netflixIds: new Map() });
  useEffect(() => {
    let live = true;
    void (async () => {
      const [settings, anilistOn, netflixIds] = await Promise.all([
        getSettings(),
        isOptionalSiteOn('anilist').catch(() => false),
        cachedNetflixIds(openResolveDb()),
      ]);
      const isOn = (site: Site) =>
        settings.sitesEnabled[site] !== false && (!isOptionalSite(site) || (site === 'anilist' && anilistOn));
      if (live) setModel({ isOn, netflixIds });
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return model;
}
