/** `/users/settings` (docs/simkl-api.md, Sync reads). */
import type { UserSettings } from './api';
import { compact, expectRecord, invalid, isRecord, optionalInt, optionalString } from './parse-guards';
import { avatarUrl } from './urls';

export function parseUserSettings(data: unknown): UserSettings {
  const body = expectRecord(data, 'user settings');
  const user = isRecord(body.user) ? body.user : {};
  const account = isRecord(body.account) ? body.account : {};
  const id = optionalInt(account.id) ?? invalid('user settings without an account id');
  return compact<UserSettings>({
    id,
    name: optionalString(user.name) ?? '',
    avatar: avatarUrl(optionalString(user.avatar)),
    timezone: optionalString(account.timezone),
  });
}
