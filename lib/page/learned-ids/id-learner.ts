/**
 * A list whose entries carry only the site's own id (Letterboxd's posters: a slug) has no id the
 * title index knows. The learner adds the ids learned before to each title the badges look up, and
 * learns the missing ones from the site itself: only for entries the user scrolls into view, one
 * request at a time with a gap between, each kept for good (docs/sites.md, Letterboxd: lists).
 */
import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../../sites/adapter';
import type { LearnedIds, LearnedIdsBySlug } from '../../store/learned-ids';

type Lookup<R> = (titles: DetectedMedia[]) => Promise<R>;

export interface ListIdLearner {
  /** `lookup` with learned ids added; entries still unknown are learned in view, then `refresh` runs. */
  wrap<R>(lookup: Lookup<R>, entries: () => ListedTitle[], refresh: () => void): Lookup<R>;
  stop(): void;
}

export interface IdLearnerOptions {
  key: 'letterboxd';
  load(): Promise<LearnedIdsBySlug>;
  save(learned: LearnedIdsBySlug): Promise<void>;
  /** What the site's page for this id says; null when it could not be read (asked again next visit). */
  learn(id: string): Promise<LearnedIds | null>;
  gapMs: number;
  /** Calls back with the elements that came into view (IntersectionObserver in a page). */
  watchInView(onVisible: (elements: Element[]) => void): { observe(element: Element): void; stop(): void };
  wait?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export function createIdLearner(options: IdLearnerOptions): ListIdLearner {
  const { key } = options;
  const wait = options.wait ?? pause;
  const known = options.load().catch(() => ({}) as LearnedIdsBySlug);
  const idOf = new WeakMap<Element, string>();
  const queue: string[] = [];
  let refresh = () => {};
  let running = false;
  let stopped = false;

  const enrich = (media: DetectedMedia, learned: LearnedIdsBySlug): DetectedMedia => {
    const found = learned[media.ids[key] ?? ''];
    if (!found) return media;
    return { ...media, kind: found.kind ?? media.kind, ids: { ...found.ids, ...media.ids } };
  };

  async function pump(): Promise<void> {
    if (running) return;
    running = true;
    const learned = await known;
    while (queue.length > 0 && !stopped) {
      const id = queue.shift() as string;
      if (learned[id]) continue;
      const ids = await options.learn(id).catch(() => null);
      if (stopped) break;
      if (ids) {
        learned[id] = ids;
        await options.save({ [id]: ids }).catch(() => undefined);
        refresh();
      }
      if (queue.length > 0) await wait(options.gapMs);
    }
    running = false;
  }

  const inView = options.watchInView((elements) => {
    for (const element of elements) {
      const id = idOf.get(element);
      if (id && !queue.includes(id)) queue.push(id);
    }
    void pump();
  });

  return {
    wrap(lookup, entries, onLearned) {
      refresh = onLearned;
      return async (titles) => {
        const learned = await known;
        for (const { element, media } of entries()) {
          const id = media.ids[key];
          if (!id || learned[id] || idOf.has(element)) continue;
          idOf.set(element, id);
          inView.observe(element);
        }
        return lookup(titles.map((media) => enrich(media, learned)));
      };
    },
    stop() {
      stopped = true;
      queue.length = 0;
      inView.stop();
    },
  };
}
