/**
 * An optional API permission the user has already allowed, in a Chromium profile (docs/architecture.md,
 * Browsers in the tests). Chromium asks for `notifications` in browser UI no test can answer, and
 * chrome://extensions grants hosts only. What the user's "Allow" leaves behind is the extension's
 * `granted_permissions` and `active_permissions` in the profile's Preferences: the browser is launched
 * once so the extension is installed there, closed, and its record given the permissions, exactly
 * as Chromium writes them after the question; the next launch starts with the permission held, and the
 * extension's own `permissions.request` then answers yes without asking.
 */
import fs from 'node:fs';
import path from 'node:path';

interface PermissionSet {
  api?: string[];
}

interface ChromiumPreferences {
  extensions?: {
    settings?: Record<string, { granted_permissions?: PermissionSet; active_permissions?: PermissionSet }>;
  };
}

/** Adds `permissions` to the extension's granted and active API permissions; the browser must be closed. */
export function grantApiPermissionsInProfile(
  profile: string,
  extensionId: string,
  permissions: readonly string[],
): void {
  const file = path.join(profile, 'Default', 'Preferences');
  const preferences = JSON.parse(fs.readFileSync(file, 'utf8')) as ChromiumPreferences;
  const record = preferences.extensions?.settings?.[extensionId];
  if (!record)
    throw new Error(`The profile has no record of extension ${extensionId}: was it launched with it?`);
  for (const key of ['granted_permissions', 'active_permissions'] as const) {
    const set = record[key] ?? {};
    set.api = [...new Set([...(set.api ?? []), ...permissions])];
    record[key] = set;
  }
  fs.writeFileSync(file, JSON.stringify(preferences));
}
