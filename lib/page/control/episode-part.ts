/**
 * What the control needs for episode and season pages (docs/architecture.md, Episodes and seasons):
 * the mirror's episodes and their actions and the episode's label; the menu's episode entries come
 * with the menu's part (menu-part.ts). Only the
 * scripts of sites with such pages hand it to the runner (their entrypoints), so the others carry
 * none of it (docs/architecture.md, Budgets); without it the control shows the title's state alone.
 */
import { episodeLabel } from '../../words/episode-label';
import { createEpisodeModel } from './episode-model';

export interface EpisodePart {
  model: typeof createEpisodeModel;
  label: typeof episodeLabel;
}

export const episodePart: EpisodePart = {
  model: createEpisodeModel,
  label: episodeLabel,
};
