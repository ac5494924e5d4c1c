/**
 * The client id the extension identifies itself with (the `simkl-api-key` header and OAuth).
 * Built in from WXT_SIMKL_CLIENT_ID at build time; without it, the local Simkl service's
 * registered development client. Users may register their own app on simkl.com and set its id on
 * the options page. There is no client secret: sign-in uses PKCE.
 */
import { getSettings } from '../store/settings';

function builtInClientId(): string {
  // Written out in full so Vite replaces it at build time.
  const fromEnv: unknown = import.meta.env.WXT_SIMKL_CLIENT_ID;
  return typeof fromEnv === 'string' && fromEnv.trim() !== '' ? fromEnv.trim() : 'simkl-extension-local';
}

export const DEFAULT_CLIENT_ID = builtInClientId();

export async function getClientId(): Promise<string> {
  const { clientIdOverride } = await getSettings();
  return clientIdOverride || DEFAULT_CLIENT_ID;
}
