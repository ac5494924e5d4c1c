import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OptionalSite } from '../lib/media';
import { watchAccess } from '../lib/site-access';
import { isOptionalSiteOn, turnOffOptionalSite, turnOnOptionalSite } from '../lib/site-access/optional-sites';

export interface OptionalSiteState {
  /** undefined until the browser answered. */
  on?: boolean;
  /** The browser's question is open, or it said no. */
  answer?: 'asking' | 'denied';
  /** Bind to a click: the browser asks only from within the user's gesture. */
  turnOn(): void;
  turnOff(): void;
}

/** Whether an optional site is on (its permission), kept current as the browser grants or withdraws it. */
export function useOptionalSite(site: OptionalSite): OptionalSiteState {
  const [on, setOn] = useState<boolean>();
  const [answer, setAnswer] = useState<OptionalSiteState['answer']>();
  const check = useCallback(() => {
    void isOptionalSiteOn(site).then((now) => {
      setOn(now);
      if (now) setAnswer(undefined);
    });
  }, [site]);
  useEffect(() => {
    check();
    return watchAccess(check);
  }, [check]);
  const turnOn = () => {
    // No await before this call (see above).
    const asking = turnOnOptionalSite(site);
    setAnswer('asking');
    asking.then(
      (granted) => setAnswer(granted ? undefined : 'denied'),
      () => setAnswer('denied'),
    );
    asking.finally(check).catch(() => {});
  };
  const turnOff = () => {
    setAnswer(undefined);
    void turnOffOptionalSite(site).finally(check);
  };
  return { on, answer, turnOn, turnOff };
}
