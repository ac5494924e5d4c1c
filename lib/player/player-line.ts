/**
 * The player line of a player-only service's page (docs/architecture.md, Player-only services): no
 * control is on such a page, so what the player tracks ("Simkl: Watching now · Frieren S1E5 · 43 %",
 * the Yes/Not now question, "could not tell") is said in a small line of its own over the player, in a
 * closed shadow root. Its words are generated content and its buttons act on trusted clicks of a shown
 * host only (playback-line.ts, lib/page/ui/trusted.ts), as the control's do. While the player is in
 * full screen the line moves into the full-screen element, the only part of the page then shown.
 */
import type { PlaybackLine } from '../page/control/run-site-script';
import { playbackView } from './playback-line';

/** Kept small: this ships in every player-only script. Sizes and visibility are !important, so the page cannot hide the line to make a click on it blind. */
const LINE_CSS = `:host{all:initial!important;position:fixed!important;left:16px!important;bottom:88px!important;z-index:2147483647!important;display:block!important;opacity:1!important;visibility:visible!important;max-width:calc(100vw - 32px)!important;font:13px/1.4 system-ui,sans-serif}
[data-t]::before{content:attr(data-t)}
.note{margin:0;padding:6px 10px;border-radius:8px;border:1px solid #3a414b;background:#1c2026e8;color:#f1f3f5}
.note button{font:inherit;color:inherit;margin-left:6px;padding:2px 10px;border:1px solid #3a414b;border-radius:99px;background:#1c2026;cursor:pointer}
.note [data-k=track-yes]{background:#3ea6ff;color:#0b0d10;border-color:#3ea6ff}`;

export interface PlayerLineView {
  show(line: PlaybackLine | undefined): void;
  remove(): void;
}

export function createPlayerLine(doc: Document): PlayerLineView {
  const host = doc.createElement('div');
  host.setAttribute('data-simkl-player-line', '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = LINE_CSS;
  let shown: PlaybackLine | undefined;
  const place = () => {
    const parent = doc.fullscreenElement ?? doc.documentElement;
    if (host.parentNode !== parent) parent.append(host);
  };
  const onFullscreen = () => shown && place();
  doc.addEventListener('fullscreenchange', onFullscreen);
  return {
    show(line) {
      const same =
        line && shown && ('text' in line ? 'text' in shown && shown.text === line.text : shown === line);
      shown = line;
      if (!line) {
        host.remove();
        return;
      }
      // The same words every second: nothing is redrawn (a page script sees no mutation), only put back if removed.
      if (!same) root.replaceChildren(style, playbackView(line, true) ?? '');
      place();
    },
    remove() {
      shown = undefined;
      doc.removeEventListener('fullscreenchange', onFullscreen);
      host.remove();
    },
  };
}
