/**
 * A title's episodes and the episode actions (the popup's seasons, an episode page's Mark watched and
 * catch-up) as a part of the background of its own (docs/architecture.md, "Loading code on demand"):
 * loaded on the first such intent. Simkl's episode lists stay at start-up: they are a cache the options
 * count and every start prunes.
 */
import { createEpisodeHandlers } from './episode-handlers';

export const episodesPart = { createEpisodeHandlers };

export type EpisodesPart = typeof episodesPart;
