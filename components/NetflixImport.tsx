import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { type ImportView, OPTIONS_IMPORT_ANCHOR, sendIntent } from '../lib/messaging';
import { type ImportAction, importWords } from '../lib/words/import-text';
import { ImportUnmatched } from './ImportUnmatched';

const POLL_MS = 1000;
/** While these last, the view is asked again each second (the page reads, the plan matches, the job sends). */
const MOVING: ReadonlyArray<ImportView['phase']> = ['reading', 'planning', 'importing', 'waiting'];

/**
 * The Netflix history import in the popup and the options page (docs/architecture.md, The import), shown
 * while a Netflix tab is open or an import is under way. "Import to Simkl" asks the background, which shows
 * the history page in that tab; its script reads the history and the preview comes back here too.
 */
export function NetflixImport() {
  const [view, setView] = useState<ImportView | null>(null);
  const phase = view?.phase;
  useEffect(() => {
    const ask = () => void sendIntent('importState', {}).then((answer) => answer.ok && setView(answer.value));
    if (phase === undefined) ask();
    if (!phase || !MOVING.includes(phase)) return;
    const timer = setInterval(ask, POLL_MS);
    return () => clearInterval(timer);
  }, [phase]);
  const section = useRef<HTMLElement>(null);
  const shown = view !== null;
  // Opened by the history page's "Find them on Simkl" (options.html#import-heading): the section is
  // drawn only once the background answered, after the browser looked for the anchor.
  useEffect(() => {
    if (shown && location.hash === `#${OPTIONS_IMPORT_ANCHOR}`) section.current?.scrollIntoView();
  }, [shown]);
  // An import followed here says how it ended ("Import stopped: 40 of 120 sent"), Netflix tab or not.
  const followed = useRef(false);
  if (view && MOVING.includes(view.phase)) followed.current = true;
  if (!view || (!view.netflixTab && !followed.current && view.phase !== 'preview')) return null;

  const words = importWords(view);
  const action = words.action;
  const act = (key: ImportAction['key']) => {
    // The go names the preview shown; Discard the user whose import waits; Stop the user's own.
    const ask =
      key === 'read'
        ? sendIntent('importRead', {})
        : key === 'confirm'
          ? sendIntent('importStart', { plan: view.plan ?? '' })
          : key === 'stop'
            ? sendIntent('importStop', {})
            : sendIntent('importDiscard', { user: view.waitsFor?.user ?? 0 });
    void ask.then((answer) => answer.ok && setView({ netflixTab: view.netflixTab, ...answer.value }));
  };
  return (
    <section class="import" aria-labelledby={OPTIONS_IMPORT_ANCHOR} ref={section}>
      <h2 id={OPTIONS_IMPORT_ANCHOR}>{t('importHeading')}</h2>
      {words.line && (
        <p role="status" data-testid="import-line">
          {words.line}
        </p>
      )}
      {words.progress && <progress max={words.progress.total} value={words.progress.sent} />}
      {words.unmatched && words.unmatched.titles.length > 0 && (
        <ImportUnmatched
          heading={words.unmatched.heading}
          titles={words.unmatched.titles}
          view={view}
          onView={(next) => setView({ netflixTab: view.netflixTab, ...next })}
        />
      )}
      {action && (
        <button type="button" data-action={`import-${action.key}`} onClick={() => act(action.key)}>
          {action.label}
        </button>
      )}
    </section>
  );
}
