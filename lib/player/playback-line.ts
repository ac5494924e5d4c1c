import { t } from '../i18n';
import type { PlaybackLine } from '../page/control/run-site-script';
import { h } from '../page/ui/dom';
import { trusted } from '../page/ui/trusted';

/**
 * The line under the control; the question only for a signed-in user (`ready`). Only Netflix's
 * content script carries this (it hands it to the runner): the other sites' scripts stay lighter.
 */
export function playbackView(line: PlaybackLine, ready: boolean): HTMLElement | undefined {
  // In the words' own colour, not an error's: "Not now" is a fine answer, and tracking is no alarm.
  if ('text' in line)
    return h('p', { class: 'note i', role: 'status', 'data-testid': 'simkl-playback' }, line.text);
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
