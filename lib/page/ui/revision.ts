import { REVISION_KEYS } from '../../messaging';

const REVISION_NAMES: readonly string[] = Object.values(REVISION_KEYS);

/** Whether a storage.onChanged event says the library or the account moved (open views refresh). */
export function isRevisionChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'local' && REVISION_NAMES.some((key) => key in changes);
}
