/** `/users/settings` (GET or POST): the profile, the account and its connections. */
import { imagePath } from '../catalogue/model';
import { json, type Reply } from '../http';
import { type ApiCtx, type ApiRoute, userOf } from './context';

function settings(ctx: ApiCtx): Reply {
  const user = userOf(ctx);
  return json(200, {
    user: {
      name: user.name,
      joined_at: user.joinedAt,
      gender: '',
      avatar: `https://simkl.in/avatars/${imagePath(`avatar:${user.id}`)}_100.jpg`,
      bio: '',
      loc: '',
      age: '',
    },
    account: { id: user.id, timezone: 'America/New_York', type: 'free' },
    connections: { facebook: false },
  });
}

export const USER_ROUTES: ApiRoute[] = [
  { methods: ['GET', 'POST'], pattern: /^\/users\/settings$/, access: 'user', handle: settings },
];
