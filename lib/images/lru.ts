/** The LRU bookkeeping, kept apart from the bytes so that eviction never reads an image. */

export interface IndexEntry {
  url: string;
  bytes: number;
  lastUsed: number;
}

export function isIndexEntry(value: unknown): value is IndexEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<IndexEntry>;
  return (
    typeof entry.url === 'string' && typeof entry.bytes === 'number' && typeof entry.lastUsed === 'number'
  );
}

/** The URLs to drop, least recently used first, until the total fits `maxBytes`; `keep` stays. */
export function pickEvictions(entries: readonly IndexEntry[], maxBytes: number, keep?: string): string[] {
  let total = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  const victims: string[] = [];
  const oldestFirst = [...entries].sort((a, b) => a.lastUsed - b.lastUsed || a.url.localeCompare(b.url));
  for (const entry of oldestFirst) {
    if (total <= maxBytes) break;
    if (entry.url === keep) continue;
    victims.push(entry.url);
    total -= entry.bytes;
  }
  return victims;
}
