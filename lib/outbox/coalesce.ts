import type { OutboxWrite, WriteAction } from './types';

/**
 * Whether `later` makes an unsent `earlier` write to the same title pointless: two ratings → the
 * last, two statuses → the last, a removal → nothing before it matters (it takes the rating and
 * the history with it, docs/simkl-api.md, Sync writes). Episode writes never replace one
 * another: a watch and an unwatch of the same episodes must reach Simkl in the order they were made.
 */
export function supersedes(later: WriteAction, earlier: WriteAction): boolean {
  switch (later.kind) {
    case 'status':
      return earlier.kind === 'status';
    case 'rate':
    case 'unrate':
      return earlier.kind === 'rate' || earlier.kind === 'unrate';
    case 'remove':
      return earlier.kind !== 'checkin';
    default:
      return false;
  }
}

/** Only a write that certainly never reached Simkl may be dropped in favour of a later one. */
export function isUnsent(write: OutboxWrite): boolean {
  return write.state !== 'sending' && !write.uncertain;
}
