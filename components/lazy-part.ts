import { type ComponentChild, type ComponentType, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { type MessageKey, t } from '../lib/i18n';

export interface LazyPart<P> {
  (props: P): ComponentChild;
  /** Starts fetching the part's code (once); resolves when it can be drawn. */
  preload(): Promise<unknown>;
}

/**
 * A part of a view that its first paint does not need, in a chunk of its own (docs/architecture.md,
 * The popup): its code is fetched the first time it is drawn, then kept. Meanwhile it shows what the
 * part itself shows while it waits for the background: `waiting` words, or nothing for a part that
 * is empty until answered, so the words do not change when the code arrives.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  waiting?: MessageKey,
): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<unknown> | undefined;
  const preload = () => {
    loading ??= load().then((part) => {
      loaded = part;
    });
    return loading;
  };
  function Part(props: P): ComponentChild {
    const [failed, setFailed] = useState(false);
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      preload().then(
        () => live && setReady(true),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, []);
    if (loaded) return h(loaded, props);
    // The extension's own file went missing (an update replaced it while the view was open).
    if (failed) return h('p', { class: 'error', role: 'alert' }, t('popupPartNotLoaded'));
    return waiting ? h('p', { class: 'muted' }, t(waiting)) : null;
  }
  return Object.assign(Part, { preload });
}
