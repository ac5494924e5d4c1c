/**
 * An episode or season page's episode state, beside the title's item model (item-model.ts): the
 * mirror's watched episodes (the `episodes` intent, never a Simkl request) and the episode actions,
 * with the count asked first where one click marks several ("Mark 12 episodes as watched?").
 */
import { t } from '../i18n';
import type { DetectedMedia } from '../media';
import { type EpisodeActionKind, type EpisodesView, type ItemView, sendIntent } from '../messaging';
import { type EpisodePage, episodePageOf } from './episode-label';
import { errorText } from './error-text';

export interface EpisodeModel {
  readonly page: EpisodePage | undefined;
  /** undefined until the mirror answered (and on pages that are not about an episode or a season). */
  readonly view: EpisodesView | undefined;
  readonly busy: boolean;
  /** Why the last action did nothing or failed. */
  readonly note: string | undefined;
  /** The confirmation on screen, if any. */
  readonly question: string | undefined;
  /** The title or its item view moved (a status answer, a write): ask the mirror again. */
  follow(media: DetectedMedia | null | undefined, item: ItemView | undefined): void;
  pick(action: EpisodeActionKind, confirmWrites?: boolean): Promise<void>;
  answer(yes: boolean): Promise<void>;
}

/** Actions that may mark several episodes: their count is asked (a preview) and confirmed first. */
const SEVERAL: readonly EpisodeActionKind[] = ['catchUp', 'watchSeason'];

/** `onChange(asking)`: asking = a confirmation just appeared. `onWritten`: a write was answered. */
export function createEpisodeModel(onChange: (asking: boolean) => void, onWritten: () => void): EpisodeModel {
  let media: DetectedMedia | null | undefined;
  let item: ItemView | undefined;
  let asked = 0;
  let waiting: EpisodeActionKind | undefined;
  const model = {
    page: undefined as EpisodePage | undefined,
    view: undefined as EpisodesView | undefined,
    busy: false,
    note: undefined as string | undefined,
    question: undefined as string | undefined,
    follow(nextMedia: DetectedMedia | null | undefined, nextItem: ItemView | undefined) {
      if (nextMedia === media && nextItem === item) return;
      if (nextMedia !== media)
        Object.assign(model, { view: undefined, note: undefined, question: undefined });
      media = nextMedia;
      item = nextItem;
      model.page = episodePageOf(media);
      const { type, simkl } = item ?? {};
      if (!model.page || !item?.known || !type || simkl === undefined) return;
      const question = ++asked;
      const catalogue = model.page.kind === 'season';
      void sendIntent('episodes', { type, simkl, catalogue }).then((answer) => {
        if (question !== asked || !answer.ok) return;
        model.view = answer.value;
        onChange(false);
      });
    },
    async pick(action: EpisodeActionKind, confirmWrites = false) {
      model.note = undefined;
      waiting = action;
      if (!SEVERAL.includes(action)) {
        if (confirmWrites)
          return ask(t('controlConfirm', t(action === 'unwatch' ? 'actionUnwatch' : 'actionMarkWatched')));
        return write(action);
      }
      const preview = await send(action, true);
      if (!preview) return;
      if (preview.count > 0)
        return ask(preview.count === 1 ? t('confirmMarkEpisode') : t('confirmMarkEpisodes', preview.count));
      model.note = t('episodesNothingToMark');
      onChange(false);
    },
    async answer(yes: boolean) {
      const action = waiting;
      model.question = undefined;
      waiting = undefined;
      onChange(false);
      if (yes && action) await write(action);
    },
  };

  function ask(text: string): void {
    model.question = text;
    onChange(true);
  }

  async function send(action: EpisodeActionKind, preview: boolean) {
    const about = media;
    if (!about) return undefined;
    model.busy = true;
    onChange(false);
    const answer = await sendIntent('episodeAction', { media: about, action, preview });
    model.busy = false;
    if (about !== media) return undefined;
    if (!answer.ok) model.note = t('controlFailed', errorText(answer.error));
    onChange(false);
    return answer.ok ? answer.value : undefined;
  }

  async function write(action: EpisodeActionKind): Promise<void> {
    const done = await send(action, false);
    if (!done) return;
    asked++; // an older `episodes` answer must not undo this one
    // The answer's own catalogue, else the one the page had: the season's total stays on screen.
    model.view = { ...done.episodes, catalogue: done.episodes.catalogue ?? model.view?.catalogue };
    onChange(false);
    onWritten();
  }

  return model;
}
