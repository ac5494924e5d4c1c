/**
 * An episode or season page's episode state, beside the title's item model (item-model.ts): the
 * mirror's watched episodes (the `episodes` intent, never a Simkl request) and the episode actions,
 * with the count asked first where one click marks several ("Mark 12 episodes as watched?").
 * Kept small: it ships in every site's content script.
 */
import { t } from '../../i18n';
import type { DetectedMedia } from '../../media';
import {
  type EpisodeActionKind,
  type EpisodeActionView,
  type EpisodesView,
  type ItemView,
  sendIntent,
} from '../../messaging';
import {
  type EpisodePage,
  episodePageOf,
  episodeRangeText,
  keepCatalogue,
  mirrorCounts,
} from '../../words/episode-label';
import { errorText } from '../../words/error-text';

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
  /** Unwatch writes at once (asked first with confirmWrites); the others count, then ask. */
  pick(action: EpisodeActionKind, confirmWrites?: boolean): Promise<void>;
  answer(yes: boolean): Promise<void>;
}

/**
 * What a write of several episodes asks first, naming them: "Mark 11 episodes as watched (S4E3–S4E13)?",
 * "Unmark season 4 (S4E1–S4E13)?".
 */
function episodeQuestion(
  action: EpisodeActionKind,
  { count, range }: EpisodeActionView,
  page: EpisodePage | undefined,
): string {
  const which = range && episodeRangeText(range, page);
  if (action === 'unwatchSeason' && page?.kind === 'season')
    return which
      ? t('confirmUnmarkSeasonRange', [page.season, which])
      : t('confirmUnmarkSeason', page.season);
  if (count === 1) return t('confirmMarkEpisode');
  return which ? t('confirmMarkEpisodesRange', [count, which]) : t('confirmMarkEpisodes', count);
}

/** `onChange(asking)`: asking = a confirmation just appeared. `onWritten`: a write was answered. */
export function createEpisodeModel(
  onChange: (asking?: boolean) => void,
  onWritten: () => void,
): EpisodeModel {
  let media: DetectedMedia | null | undefined;
  let item: ItemView | undefined;
  let asked = 0;
  let action: EpisodeActionKind = 'unwatch';
  const model: { -readonly [K in keyof EpisodeModel]: EpisodeModel[K] } = {
    page: undefined,
    view: undefined,
    busy: false,
    note: undefined,
    question: undefined,
    follow(nextMedia, nextItem) {
      if (nextMedia === media && nextItem === item) return;
      if (nextMedia !== media) model.view = model.note = model.question = undefined;
      media = nextMedia;
      item = nextItem;
      model.page = episodePageOf(media);
      // A show not on the user's lists has nothing watched: its page says "Add to Simkl". A later TVDB
      // season of an anime keeps the title's own label: the mirror cannot count it (mirrorCounts).
      const { type, simkl, status } = item ?? {};
      if (!model.page || !media || !type || !simkl || !status || !mirrorCounts(media, type)) {
        model.view = undefined;
        return;
      }
      const question = ++asked;
      void sendIntent('episodes', { type, simkl, catalogue: model.page.kind === 'season' }).then((answer) => {
        if (question !== asked || !answer.ok) return;
        model.view = answer.value;
        onChange();
      });
    },
    async pick(picked, confirmWrites) {
      action = picked;
      model.note = undefined;
      if (picked === 'unwatch') return confirmWrites ? ask(t('controlConfirm', t('actionUnwatch'))) : write();
      const preview = await send(true);
      const count = preview?.count;
      if (preview && count) return ask(episodeQuestion(picked, preview, model.page));
      if (count === 0) model.note = t('episodesNothingToMark');
      onChange();
    },
    async answer(yes) {
      model.question = undefined;
      onChange();
      if (yes) await write();
    },
  };

  function ask(text: string): void {
    model.question = text;
    onChange(true);
  }

  async function send(preview: boolean) {
    const about = media;
    if (!about) return undefined;
    model.busy = true;
    onChange();
    const answer = await sendIntent('episodeAction', { media: about, action, preview });
    model.busy = false;
    if (about !== media) return undefined;
    if (!answer.ok) model.note = t('controlFailed', errorText(answer.error));
    onChange();
    return answer.ok ? answer.value : undefined;
  }

  async function write(): Promise<void> {
    const done = await send(false);
    if (!done) return;
    asked++; // an older `episodes` answer must not undo this one
    // The season's total stays on screen (keepCatalogue).
    model.view = keepCatalogue(done.episodes, model.view);
    onChange();
    onWritten();
  }

  return model;
}
