import { t } from '../i18n';
import type { RateOffer } from '../page/control/playback-line-types';
import type { PlaybackLine } from '../page/control/run-site-script';
import { h } from '../page/ui/dom';
import { trusted } from '../page/ui/trusted';

const RATINGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** "Rated 8 · saved" only once Simkl took it; "waiting to be saved" while the outbox keeps it. */
function ratedText({ rating, outcome }: NonNullable<RateOffer['rated']>): string {
  if (outcome === 'saved') return t('playbackRatedSaved', rating);
  if (outcome === 'waiting') return t('playbackRatedWaiting', rating);
  return outcome === 'failed' ? t('playbackRateFailed') : t('playbackRating', rating);
}

/** The finished line as it always reads ("Simkl: S1E5 ✓"), and under it Rate it: ten buttons, each a trusted click or key. */
function rateView(offer: RateOffer): HTMLElement {
  const done = h(
    'p',
    { class: 'note i', role: 'status', 'data-testid': 'simkl-playback' },
    t('playbackWatched', offer.code),
  );
  const below = (child: HTMLElement) =>
    h('div', { style: 'display:grid;gap:4px;justify-items:start' }, done, child);
  if (offer.rated) {
    const said = ratedText(offer.rated);
    return below(h('p', { class: 'note i', role: 'status', 'data-testid': 'simkl-playback-rated' }, said));
  }
  const engage = (engaged: boolean) => () => {
    offer.engaged = engaged;
  };
  // Compact, so the ten fit the control's notes as well as the player's own line.
  const button = (rating: number) =>
    h(
      'button',
      {
        type: 'button',
        'data-r': rating,
        style: 'margin-left:2px;padding:2px 7px',
        onclick: trusted(() => offer.rate(rating)),
      },
      rating,
    );
  const group = h(
    'div',
    {
      class: 'note i',
      role: 'group',
      'data-testid': 'simkl-playback-rate',
      onpointerenter: engage(true),
      onpointerleave: engage(false),
      onfocusin: engage(true),
      onfocusout: engage(false),
    },
    h('span', {}, t(offer.show ? 'playbackRateShow' : 'playbackRateIt')),
    ...RATINGS.map(button),
  );
  return below(group);
}

/**
 * The line under the control; the question only for a signed-in user (`ready`). Only the players' content
 * scripts carry this (they hand it to the runner): the other sites' scripts stay lighter.
 */
export function playbackView(line: PlaybackLine, ready: boolean): HTMLElement | undefined {
  // In the words' own colour, not an error's: "Not now" is a fine answer, and tracking is no alarm.
  if ('text' in line) {
    const said = h('p', { class: 'note i', role: 'status', 'data-testid': 'simkl-playback' }, line.text);
    if (!line.find) return said;
    // Next to the words, not in them: the line reads as before, and the search is one trusted click away.
    const find = h(
      'button',
      { type: 'button', class: 'note', 'data-k': 'find', onclick: trusted(line.find) },
      t('playbackFind'),
    );
    return h('div', { style: 'display:grid;gap:4px;justify-items:start' }, said, find);
  }
  if ('rate' in line) return rateView(line.rate);
  if (!ready) return undefined;
  const answer = (yes: boolean) => trusted(() => line.ask(yes));
  return h(
    'div',
    { class: 'note i', role: 'group', 'data-testid': 'simkl-playback-ask' },
    h('span', {}, t('playbackAsk')),
    ' ',
    h('button', { type: 'button', 'data-k': 'track-yes', onclick: answer(true) }, t('playbackAskYes')),
    ' ',
    h('button', { type: 'button', 'data-k': 'track-no', onclick: answer(false) }, t('playbackAskNo')),
  );
}
