import { dnsimpleOAuthApp, StateMismatchError } from "@provider-clients/dnsimple";

// The application and its environment, said once for all three steps.
const app = dnsimpleOAuthApp({
  clientId: process.env.DNSIMPLE_CLIENT_ID ?? "",
  clientSecret: process.env.DNSIMPLE_CLIENT_SECRET ?? "",
  redirectUri: process.env.DNSIMPLE_REDIRECT_URI ?? "https://app.example.test/oauth/callback",
  sandbox: process.env.DNSIMPLE_SANDBOX === "1",
  // Tests point these at the fake server; leave them unset for DNSimple itself.
  baseUrl: process.env.DNSIMPLE_BASE_URL,
  authorizeEndpoint: process.env.DNSIMPLE_AUTHORIZE_ENDPOINT,
});

/** Step 1: send the user to DNSimple; keep `state` (e.g. in the session) until they come back. */
export function startLogin(): { url: string; state: string } {
  return app.authorizeUrl();
}

/** Step 2: on the redirect, trade the code for a token and use it. */
export async function finishLogin(callbackUrl: string, expectedState: string) {
  const params = new URL(callbackUrl).searchParams;
  try {
    const token = await app.exchangeCode({
      code: params.get("code") ?? "",
      state: params.get("state") ?? "",
      expectedState,
    });
    // DNSimple tokens never expire: store token.accessToken with token.accountId.
    const client = app.client(token);
    const zones = await client.op.listZones({ params: { path: { account: token.accountId } } });
    return { accountId: token.accountId, zones: zones.data?.pagination.total_entries ?? 0 };
  } catch (error) {
    if (error instanceof StateMismatchError) return { rejected: "state mismatch" };
    throw error;
  }
}
