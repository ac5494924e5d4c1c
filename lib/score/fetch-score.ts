import { SimklError } from '../errors';
import { SIMKL_WEB_ORIGIN } from '../hosts';
import type { ScoreView } from '../messaging';
import type { IdLookup } from '../resolve/id-queries';
import type { PublicRatings, SimklClient } from '../simkl/api';

export type ScoreApi = Pick<SimklClient, 'publicRatings' | 'catalogueRatings'>;

function toScore(ratings: PublicRatings | null): ScoreView | null {
  const simkl = ratings?.simkl;
  if (!simkl) return null;
  // The link is put in the popup's page: only ever one to simkl.com.
  const url = ratings.link?.startsWith(`${SIMKL_WEB_ORIGIN}/`) ? ratings.link : undefined;
  return {
    rating: simkl.rating,
    ...(simkl.votes !== undefined ? { votes: simkl.votes } : {}),
    ...(url ? { url } : {}),
  };
}

/**
 * The public `/ratings` first. Simkl refuses it to an AUTH V2 app without a user token (signed out,
 * docs/simkl-api.md, Identification and tokens), so then the catalogue record, which V2 apps may read
 * anonymously, gives the same score: by Simkl or IMDb id, in the kinds the page allows, likeliest first.
 */
export async function fetchScore(api: ScoreApi, lookup: IdLookup): Promise<ScoreView | null> {
  try {
    return toScore(await api.publicRatings(lookup.query));
  } catch (error) {
    if (!(error instanceof SimklError && error.kind === 'auth')) throw error;
  }
  const id = lookup.query.simkl ?? lookup.query.imdb;
  if (id === undefined) return null;
  for (const type of lookup.types) {
    const score = toScore(await api.catalogueRatings(type, id));
    if (score) return score;
  }
  return null;
}
