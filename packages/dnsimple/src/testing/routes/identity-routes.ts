// `/whoami` and `/accounts`: who the token acts for.
import type { Route } from "../router.js";
import { dataReply, messageReply, type RouteDeps } from "./replies.js";

/** whoami answers with the account for account tokens and with the user for user tokens. */
export function identityRoutes({ state }: RouteDeps): Route[] {
  return [
    {
      method: "GET",
      template: "/v2/whoami",
      authenticated: true,
      handle({ grant }) {
        const user = grant.userId === undefined ? undefined : state.users.get(grant.userId);
        if (user) return dataReply({ account: null, user });
        const account = state.accounts.get(grant.accountId);
        if (!account) return messageReply(401, "Authentication failed");
        return dataReply({ account, user: null });
      },
    },
    {
      method: "GET",
      template: "/v2/accounts",
      authenticated: true,
      handle({ grant }) {
        const account = state.accounts.get(grant.accountId);
        return dataReply(account ? [account] : []);
      },
    },
  ];
}
