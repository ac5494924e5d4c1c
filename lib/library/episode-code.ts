/** Simkl's episode codes: "S02E05" for TV, "E148" for anime (absolute numbering). */
export interface EpisodeRef {
  season?: number;
  episode: number;
}

export function parseEpisodeCode(code: string | null | undefined): EpisodeRef | null {
  const match = /^(?:S(\d{1,4}))?E(\d{1,5})$/i.exec(code?.trim() ?? '');
  if (!match) return null;
  const episode = Number(match[2]);
  return match[1] === undefined ? { episode } : { season: Number(match[1]), episode };
}

export function formatEpisodeCode(ref: EpisodeRef): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return ref.season === undefined ? `E${ref.episode}` : `S${pad(ref.season)}E${pad(ref.episode)}`;
}
