import type { AccountState, AuthSession } from '../../account/session-types';
import type { Library } from '../../library/types';
import type { SimklType } from '../../media';
import type { AccountView } from '../../messaging';
import type { SimklApi } from '../../simkl/api';
import type { AccountHandlers } from '../intents/handler-types';
import { searchAllTypes, searchResultView } from '../match/match-search';

export interface AccountServices {
  session: AuthSession;
  api: SimklApi;
  library: Pick<Library, 'clear'>;
}

const MAX_SEARCH_RESULTS = 20;

function accountView(state: AccountState): AccountView {
  return { ...state };
}

/** The account intents: sign-in, sign-out, the account itself, and search (which needs a token). */
export function createAccountHandlers({ session, api, library }: AccountServices): AccountHandlers {
  return {
    async signIn({ mode }) {
      return accountView(await session.signIn(mode));
    },
    async signOut() {
      const state = await session.signOut();
      // The lists leave with the user. Their unsent writes stay, named by their user: no other account
      // sends them, and the popup offers to discard them until that user signs in again. Writes made
      // before Simkl named the user are nobody's now: never sent, counted, and offered to discard.
      await library.clear();
      return accountView(state);
    },
    account: async () => accountView(await session.account()),
    async search({ query, type }) {
      const text = query.trim();
      const find = (one: SimklType) => api.searchText(one, text, { limit: MAX_SEARCH_RESULTS });
      if (type === 'all') return searchAllTypes(find);
      return (await find(type)).map(searchResultView);
    },
  };
}
