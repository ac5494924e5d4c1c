import type { Site } from '../media';

/**
 * The parts a content script may ask the worker to put into its own isolated world
 * (docs/architecture.md, Loading code on demand): a fixed list, each a file of the package built
 * from `entrypoints/part-<name>.ts` (lib/page/parts/ loads them). A message names a part, never a file.
 */
export const PART_FILES = {
  /** The control's menu, its confirmation question and their CSS (lib/page/control/menu-part.ts). */
  menu: '/part-menu.js',
  /** Netflix's and Crunchyroll's scrobbling, on their watch pages (lib/player/*-player-part.ts). */
  'netflix-player': '/part-netflix-player.js',
  'crunchyroll-player': '/part-crunchyroll-player.js',
} as const;

export type PartName = keyof typeof PART_FILES;

/** A part only one site's script asks for: another site's asking is refused. */
export const PART_SITES: Partial<Record<PartName, Site>> = {
  'netflix-player': 'netflix',
  'crunchyroll-player': 'crunchyroll',
};

export const PART_NAMES = Object.keys(PART_FILES) as PartName[];

export function isPartName(value: unknown): value is PartName {
  return typeof value === 'string' && Object.hasOwn(PART_FILES, value);
}
