/**
 * The import on Netflix's viewing-activity page (docs/architecture.md, The import): reads the history through
 * Netflix's own same-origin JSON with the user's cookies, then one metadata request per show, and hands it
 * all to the background, which answers at once with the plan job it became; the page follows the plan's
 * progress, then the preview, then the import, by asking where things are each second. Reading is all or
 * nothing: a page that fails is reported and nothing is handed over.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { formatNumber, t } from '../../i18n';
import { type ImportShowData, type ImportView, sendIntent } from '../../messaging';
import { errorText } from '../../words/error-text';
import { importWords } from '../../words/import-text';
import { fetchJson } from './fetch-json';
import { mountImportPanel, type PanelState } from './import-panel';
import { readNetflixHistory } from './read-history';
import { readNetflixShows } from './read-shows';

const POLL_MS = 1000;
/** While these last, the page asks again each second: the plan job matches, the job sends. */
const MOVING: ReadonlyArray<ImportView['phase']> = ['planning', 'importing', 'waiting'];

function showData(shows: Awaited<ReturnType<typeof readNetflixShows>>): ImportShowData[] {
  return [...shows.values()].flatMap((show) => {
    if (!show) return [];
    const episodes = [...show.episodes].map(([video, n]): [string, number, number] => [
      video,
      n.season,
      n.episode,
    ]);
    return [{ netflix: show.netflix, title: show.title, year: show.year, episodes }];
  });
}

/** The page's list has no search of its own: its button opens the options' import, which has one. */
function withFind(state: PanelState): PanelState {
  if (!state.unmatched) return state;
  return { ...state, unmatched: { ...state.unmatched, find: t('importFindUnmatched') } };
}

export async function runHistoryImport(ctx: ContentScriptContext, doc: Document = document): Promise<void> {
  const panel = mountImportPanel(
    doc,
    (key) => void (key === 'read' ? read() : act(key)),
    () => void sendIntent('importFindUnmatched', {}),
    t('importClose'),
  );
  ctx.onInvalidated(panel.remove);
  let polling = false;
  // What the panel shows: the go names this preview, Discard this waiting import's user.
  let shown: ImportView = { phase: 'idle' };

  const show = (view: ImportView) => {
    shown = view;
    panel.render(withFind(importWords(view)));
    if (MOVING.includes(view.phase)) void poll();
  };
  const answered = (answer: Awaited<ReturnType<typeof sendIntent<'importState'>>>) => {
    if (answer.ok) show(answer.value);
    else panel.render({ line: errorText(answer.error), action: { key: 'read', label: t('importAction') } });
  };

  async function poll(): Promise<void> {
    if (polling) return;
    polling = true;
    while (ctx.isValid) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      // The page was left (or the extension updated) while waiting: nothing more to ask or draw.
      if (!ctx.isValid) break;
      const answer = await sendIntent('importState', {});
      if (!ctx.isValid) break;
      if (!answer.ok || !MOVING.includes(answer.value.phase)) {
        polling = false;
        answered(answer);
        return;
      }
      shown = answer.value;
      panel.render(importWords(answer.value));
    }
  }

  async function read(): Promise<void> {
    const reading = (page: number) => panel.render({ line: t('importReading', formatNumber(page)) });
    reading(1);
    const html = doc.documentElement.innerHTML;
    const history = await readNetflixHistory(html, location.origin, fetchJson, reading);
    if (!history.ok) {
      answered(await sendIntent('importHistory', { failure: history.reason }));
      return;
    }
    const shows = await readNetflixShows(history.viewings, location.origin, fetchJson);
    answered(await sendIntent('importHistory', { viewings: history.viewings, shows: showData(shows) }));
  }

  async function act(key: 'confirm' | 'discard' | 'stop'): Promise<void> {
    const owner = shown.waitsFor;
    if (key === 'confirm' && shown.plan) answered(await sendIntent('importStart', { plan: shown.plan }));
    if (key === 'discard' && owner) answered(await sendIntent('importDiscard', { user: owner.user }));
    if (key === 'stop') answered(await sendIntent('importStop', {}));
  }

  const first = await sendIntent('importState', {});
  if (first.ok && first.value.readRequested) await read();
  else answered(first);
}
