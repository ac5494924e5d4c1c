import { describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_ID, getClientId } from '../../../lib/account/client-id';
import { updateSettings } from '../../../lib/store/settings';

describe('the client id', () => {
  it("defaults to the build's id, or the local service's dev client", async () => {
    const fromEnv = import.meta.env.WXT_SIMKL_CLIENT_ID;
    expect(DEFAULT_CLIENT_ID).toBe(
      typeof fromEnv === 'string' && fromEnv ? fromEnv : 'simkl-extension-local',
    );
    expect(await getClientId()).toBe(DEFAULT_CLIENT_ID);
  });

  it("uses the user's own registered app when set on the options page", async () => {
    await updateSettings({ clientIdOverride: ' my-own-app ' });
    expect(await getClientId()).toBe('my-own-app');
    await updateSettings({ clientIdOverride: '' });
    expect(await getClientId()).toBe(DEFAULT_CLIENT_ID);
  });
});
