/**
 * The runner of a player-only service's script (entrypoints/<service>-player.content.ts;
 * docs/architecture.md, Player-only services): the player engine over the service's adapter, its line
 * drawn by player-line.ts since no control is on the page. Registered by the background only while
 * the user's switch is on and the hosts are granted.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlayerAdapter } from './adapter';
import type { VideoSample } from './engine';
import { titledPlaybackCode } from './playback-text';
import { createPlayerLine } from './player-line';
import { trackServicePlayer } from './track-service';

export async function runPlayerOnlyScript(
  ctx: ContentScriptContext,
  adapter: PlayerAdapter,
  /** For a service whose video plays in an iframe of another origin: its relayed samples (frame-relay.ts). */
  relayed?: (signal: AbortSignal) => () => VideoSample | null,
): Promise<void> {
  const line = createPlayerLine(document);
  ctx.onInvalidated(() => line.remove());
  await trackServicePlayer(
    ctx,
    { setPlayback: (shown) => line.show(shown) },
    adapter,
    relayed,
    titledPlaybackCode,
  );
}
