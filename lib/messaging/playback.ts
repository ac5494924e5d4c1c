/**
 * The messages of the Netflix player's scrobbling and of the viewing-history import, beside
 * the intents of lib/messaging.ts.
 */
import type { DetectedMedia, Rating, ScrobbleKind } from '../media';
import type { PlayerService } from '../player/adapter';
import type { NetflixViewing } from '../sites/netflix/history';

// --- Scrobbling (docs/architecture.md, A playback): a service's player talks over a long-lived port, so a
// closed tab still stops (the port's disconnect); the popup asks what is tracked through two intents.

/** The runtime.connect name of a player's port. */
export const SCROBBLE_PORT = 'simkl-scrobble/1';

/** Player → background: a scrobble to send, or (`progress`) where playback is, which sends nothing. */
export interface PlayerMessage {
  kind: ScrobbleKind | 'progress';
  /** The service whose player sends it; absent = Netflix's (the messages before the engine). */
  service?: PlayerService;
  /** The playback's key (the adapter's `playingKey`); absent = the Netflix id. */
  key?: string;
  media: DetectedMedia;
  /** 0–100. */
  progress: number;
}

/** Background → player: Don't track this was chosen for the playing title. */
export interface PlayerNotice {
  ignored: true;
}

/** Player → background: Rate it, the user's 1–10 for this tab's playback that just finished (its key). */
export interface PlayerRating {
  kind: 'rate';
  service: PlayerService;
  key: string;
  rating: Rating;
}

/** What became of a Rate it: landed on Simkl, stored to be sent (offline, Simkl busy), or refused. */
export type RatingOutcome = 'saved' | 'waiting' | 'failed';

/**
 * Player → background: "Simkl could not tell what is playing", and the user asked to find it. `hint` is
 * the page's own title, the search's first words (the user edits them in the extension's window).
 */
export interface PlayerFind {
  kind: 'find';
  service: PlayerService;
  key: string;
  hint: string;
}

/** Background → player: the user chose what that playback is; the engine tracks it as this from now on. */
export interface ChosenNotice {
  chosen: { key: string; media: DetectedMedia };
}

/** Background → player: the outcome of its Rate it. */
export interface RatedNotice {
  rated: { key: string; rating: Rating; outcome: RatingOutcome };
}

/** A player frame's look at its video: what the top frame's engine samples in its stead. */
export interface FrameVideoSample {
  currentTime: number;
  duration: number;
  paused: boolean;
  seeking: boolean;
  ended: boolean;
  ad?: boolean;
}

/** The tag of a player frame's sample, frame → background → the tab's top frame (never postMessage). */
export const FRAME_SAMPLE = 'simkl-player-frame/1';

/** A player frame's sample as it travels through the extension's own messaging. */
export interface FrameSampleMessage {
  type: typeof FRAME_SAMPLE;
  service: PlayerService;
  sample: FrameVideoSample;
}

/** A playback being tracked, for the popup. */
export interface TrackingView {
  tabId: number;
  /** The service the tab plays on (absent in a Netflix-only answer). */
  service?: PlayerService;
  media: DetectedMedia;
  progress: number;
}

// --- The Netflix history import (docs/architecture.md, The import): the viewing-activity page reads
// Netflix's own JSON and hands it over; the background (which owns every Simkl call) plans, previews and
// imports.

/** Why reading the Netflix history gave nothing (lib/page/import/read-history.ts). */
export type ImportReadFailure = 'format-changed' | 'signed-out' | 'page-failed';

/** One show's episodes as the page read them: `[videoId, season, episode]`. */
export interface ImportShowData {
  netflix: string;
  title?: string;
  year?: number;
  episodes: Array<[string, number, number]>;
}

/** What the viewing-activity page read: every viewing and its shows, or why it could not. */
export type ImportHistoryRequest =
  | { viewings: NetflixViewing[]; shows: ImportShowData[] }
  | { failure: ImportReadFailure };

/** The preview's numbers (the sentence is built where it is shown, in the reader's language). */
export interface ImportSummary {
  viewings: number;
  movies: number;
  episodes: number;
  shows: number;
  /** Films and episodes to send: the job's own count. */
  fresh: number;
  /** Labels of what could not be matched: listed, never sent. */
  unmatched: string[];
  /** The unknown titles among them, whose match the user may find on Simkl to send them after all. */
  pickable?: ImportPickable[];
}

/** A Netflix title Simkl's id search does not know, and how many of its films or episodes wait. */
export interface ImportPickable {
  netflix: string;
  kind: 'movie' | 'show';
  title: string;
  year?: number;
  items: number;
}

/** The import as every page shows it. */
export interface ImportView {
  phase: 'idle' | 'reading' | 'planning' | 'preview' | 'importing' | 'waiting' | 'done' | 'failed';
  /** Popup and options: whether a Netflix tab is open to read the history from. */
  netflixTab?: boolean;
  /**
   * Planning: the plan job the page's reading became (its id, answered at once), how many of its
   * Netflix titles Simkl was asked about so far, and whether it waits (offline, Simkl busy) to go on.
   */
  planning?: { id: string; matched: number; total: number; paused?: boolean };
  summary?: ImportSummary;
  /** The preview's id: the go (`importStart`) names it, so only what this preview showed is sent. */
  plan?: string;
  /** Waiting: the job is another Simkl user's, kept for them and never sent under this account. */
  waitsFor?: { user: number; name: string };
  progress?: { sent: number; total: number };
  /** Done: what Simkl could not place. */
  notFound?: number;
  /** Done: the user stopped the import; `progress` says how much was sent before it. */
  stopped?: true;
  /** Importing or waiting: the user asked to stop, and the batch in flight is being finished. */
  stopping?: true;
  failure?: ImportReadFailure | 'signed-out-simkl';
  /** For the viewing-activity page: the popup asked for a read. */
  readRequested?: boolean;
}
