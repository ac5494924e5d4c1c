/**
 * The anime sites' own numbers for a few catalogue anime, by Simkl id: what `/search/id?anilist=|kitsu=|
 * livechart=` finds (docs/simkl-api.md, Search). Kept apart from the anime table so each site's ids read
 * as one list; an id we were not sure of is left out. Library answers never carry them (library-ids.ts).
 */
export interface AnimeSiteIds {
  anilist?: string;
  kitsu?: string;
  livechart?: string;
}

export const ANIME_SITE_IDS: Readonly<Record<number, AnimeSiteIds>> = {
  // Death Note
  9300001: { anilist: '1535', kitsu: '1376', livechart: '3437' },
  // Cowboy Bebop
  9300013: { anilist: '1', kitsu: '1' },
  // One Piece
  38636: { anilist: '21', kitsu: '12' },
  // Shingeki no Kyojin
  39687: { anilist: '16498', kitsu: '7442' },
  // Hunter x Hunter (2011)
  40398: { anilist: '11061', kitsu: '6448' },
  // Fullmetal Alchemist: Brotherhood
  9300011: { anilist: '5114', kitsu: '3936' },
  // Steins;Gate
  9300012: { anilist: '9253', kitsu: '5646' },
  // Sousou no Frieren
  9300005: { anilist: '154587' },
};

export const ANIME_SITE_KEYS = ['anilist', 'kitsu', 'livechart'] as const;
