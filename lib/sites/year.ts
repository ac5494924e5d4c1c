/** Years outside this window are ids, runtimes or noise, not release years. */
const FIRST_YEAR = 1870;
const LAST_YEAR = 2100;

export function asYear(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR
    ? value
    : undefined;
}

/** The first stand-alone four-digit year in a text: "Oct 3, 2024 to ?" → 2024, "(1999)" → 1999. */
export function firstYear(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  for (const match of text.matchAll(/(?<!\d)(\d{4})(?!\d)/g)) {
    const year = asYear(Number(match[1]));
    if (year !== undefined) return year;
  }
  return undefined;
}

/**
 * The start year inside a title's parentheses, as IMDb's og:title and <title> write it:
 * "The Matrix (1999)", "Doctor Who (TV Series 2005–2022)", "(Fernsehserie 2005– )".
 */
export function yearInTitleParens(text: string | null | undefined): number | undefined {
  if (!text) return undefined;
  const match = /\((?:[^()]*?\s)?(\d{4})(?:\s*[–-]\s*(?:\d{4})?)?\s*\)/.exec(text);
  return match ? asYear(Number(match[1])) : undefined;
}
