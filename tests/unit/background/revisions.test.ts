import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectRevisions, createRevisions } from '../../../lib/background/revisions';
import { createListeners } from '../../../lib/library/listeners';
import { REVISION_KEYS } from '../../../lib/messaging';

describe('revisions', () => {
  it('counts up in storage.local, every concurrent bump counted', async () => {
    const revisions = createRevisions();
    await Promise.all([revisions.bump('library'), revisions.bump('library'), revisions.bump('account')]);
    expect(await fakeBrowser.storage.local.get([REVISION_KEYS.library, REVISION_KEYS.account])).toEqual({
      [REVISION_KEYS.library]: 2,
      [REVISION_KEYS.account]: 1,
    });
  });

  it('bumps the library revision on every change of its sources until disconnected', async () => {
    const revisions = createRevisions();
    const mirror = createListeners();
    const outbox = createListeners();
    const disconnect = connectRevisions(revisions, [{ onChange: mirror.add }, { onChange: outbox.add }]);
    mirror.emit();
    outbox.emit();
    await revisions.bump('account');
    expect((await fakeBrowser.storage.local.get(REVISION_KEYS.library))[REVISION_KEYS.library]).toBe(2);
    disconnect();
    mirror.emit();
    await revisions.bump('account');
    expect((await fakeBrowser.storage.local.get(REVISION_KEYS.library))[REVISION_KEYS.library]).toBe(2);
  });
});
