import { useCallback, useEffect, useState } from 'preact/hooks';
import { type AccessGroup, missingAccess, requestAccess, watchAccess } from '../lib/site-access';

/** What the browser said to the last request: still asking, granted or not. */
export type AccessAnswer = 'asking' | 'granted' | 'denied';

export interface SiteAccessState {
  /** undefined until the browser answered the first check. */
  missing?: AccessGroup[];
  answer?: AccessAnswer;
  /** Asks for everything missing. Bind it to a click: it must run inside the user's gesture. */
  ask(): void;
}

/** The hosts the extension cannot reach, kept current as the user grants or withdraws them. */
export function useSiteAccess(): SiteAccessState {
  const [missing, setMissing] = useState<AccessGroup[]>();
  const [answer, setAnswer] = useState<AccessAnswer>();
  const check = useCallback(() => {
    void missingAccess().then((now) => {
      setMissing(now);
      // Granted some other way while the browser was asking (its menus, its settings page).
      if (now?.length === 0) setAnswer((last) => (last === 'asking' ? 'granted' : last));
    });
  }, []);
  useEffect(() => {
    check();
    return watchAccess(check);
  }, [check]);
  const ask = () => {
    if (!missing?.length) return;
    // No await before this call: the browser only asks from within the click.
    const asking = requestAccess(missing);
    setAnswer('asking');
    asking.then(
      (granted) => setAnswer(granted ? 'granted' : 'denied'),
      () => setAnswer('denied'),
    );
    asking.finally(check).catch(() => {});
  };
  return { missing, answer, ask };
}
