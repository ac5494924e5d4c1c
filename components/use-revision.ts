import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isRevisionChange } from '../lib/page/ui/revision';

/** A counter that moves whenever the background bumps a revision key: views reload on it. */
export function useRevision(): number {
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (isRevisionChange(changes, area)) setRevision((count) => count + 1);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return revision;
}
