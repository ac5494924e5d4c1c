/**
 * Crunchyroll's episode and season numbers, from its JSON-LD and its own API: a number or a digit
 * string, whole or a recap's tenth ('12.5'); anything else is no number (docs/sites.md, Crunchyroll:
 * numbers).
 */
export function asEpisodeNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d{1,5}(?:\.\d)?$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number < 0 || number > 100_000)
    return undefined;
  return Math.abs(number * 10 - Math.round(number * 10)) < 1e-9 ? number : undefined;
}

/** A season number: whole only. */
export function asSeasonNumber(value: unknown): number | undefined {
  const number = asEpisodeNumber(value);
  return number !== undefined && Number.isInteger(number) && number <= 1000 ? number : undefined;
}

/** The heading 'E12.5 - The Title' as its number and its title (the number is a letter and digits in every locale). */
export function splitEpisodeHeading(text: string | undefined): { episode?: number; title?: string } {
  if (!text) return {};
  const match = /^E(\d{1,5}(?:\.\d)?)\s+[-–]\s+(.+)$/.exec(text);
  return match ? { episode: asEpisodeNumber(match[1]), title: match[2] } : { title: text };
}
