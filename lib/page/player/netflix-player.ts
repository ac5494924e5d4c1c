/**
 * Scrobbling on Netflix's player (docs/architecture.md, A playback): the player watcher, the user's setting,
 * and what the control says. Asked once: the first playback while the setting is 'ask' shows the question.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SitePlayer } from '../../sites/adapter';
import { getSettings, onSettingsChange, type Settings, updateSettings } from '../../store/settings';
import type { SiteScript } from '../control/run-site-script';
import { playbackText } from './playback-text';
import { watchPlayer } from './player-watch';

export async function scrobbleNetflixPlayer(
  ctx: ContentScriptContext,
  site: SiteScript,
  player: SitePlayer,
): Promise<void> {
  let settings: Settings = await getSettings();
  ctx.onInvalidated(
    onSettingsChange((next) => {
      settings = next;
    }),
  );
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  let asked = false;
  const ask = (yes: boolean) => {
    site.setPlayback(undefined);
    void updateSettings({ trackNetflix: yes ? 'on' : 'off' });
  };
  watchPlayer({
    player,
    media: () => site.media(),
    enabled: () => settings.trackNetflix === 'on',
    onPlayback: () => {
      if (settings.trackNetflix !== 'ask' || asked) return;
      asked = true;
      site.setPlayback({ ask });
    },
    onStatus: (status) => {
      if (settings.trackNetflix !== 'on') return;
      const text = status && playbackText(status);
      site.setPlayback(text ? { text } : undefined);
    },
    signal: controller.signal,
  });
}
