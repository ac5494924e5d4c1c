/**
 * The streaming services' ids `/search/id?crunchyroll=|hulu=` finds, by Simkl id (docs/simkl-api.md,
 * Search). Simkl documents the `crunchyroll` key with older ids ('656641', 'sword-art-online') and
 * shows 'hunter-x-hunter' in its answers; whether it takes Crunchyroll's G-ids is unverified, so
 * Frieren's G-id here is this service's assumption, letting the extension's id path be tested (its
 * title path is tested by the anime this list leaves out, Steins;Gate). The Hulu numbers are made
 * up, in the legacy numeric form Simkl documents; The Bear's is a series UUID, the form Hulu's pages give,
 * whose acceptance by Simkl is unverified and this service's assumption, like Frieren's G-id (Hulu's title
 * path is tested by a series this list leaves out, Seinfeld). Library answers never carry these
 * (library-ids.ts).
 */
export interface StreamingIds {
  crunchyroll?: string;
  hulu?: string;
}

export const STREAMING_IDS: Readonly<Record<number, StreamingIds>> = {
  // Sousou no Frieren (Frieren: Beyond Journey's End)
  9300005: { crunchyroll: 'GG5H5XQX4' },
  // Hunter x Hunter (2011)
  40398: { crunchyroll: 'hunter-x-hunter' },
  // Shingeki no Kyojin
  39687: { crunchyroll: 'GR751KNZY', hulu: '752375' },
  // The Office (US)
  2753: { hulu: '752420' },
  // The Bear: its series UUID, as Hulu's entity JSON gives it (tests/fixtures/sites/hulu-player.ts).
  9200038: { hulu: '7d3c1a2b-0000-4c00-9a00-00000000b001' },
};

export const STREAMING_KEYS = ['crunchyroll', 'hulu'] as const;
