import { createDnsimpleClient, dnsimpleAuth, StateMismatchError } from "@provider-clients/dnsimple";

const app = {
  clientId: process.env.DNSIMPLE_CLIENT_ID ?? "",
  clientSecret: process.env.DNSIMPLE_CLIENT_SECRET ?? "",
  redirectUri: process.env.DNSIMPLE_REDIRECT_URI ?? "https://app.example.test/oauth/callback",
};

/** Step 1: send the user to DNSimple; keep `state` (e.g. in the session) until they come back. */
export function startLogin(): { url: string; state: string } {
  return dnsimpleAuth.authorizeUrl({
    ...app,
    authorizeEndpoint: process.env.DNSIMPLE_AUTHORIZE_ENDPOINT,
  });
}

/** Step 2: on the redirect, trade the code for a token and use it. */
export async function finishLogin(callbackUrl: string, expectedState: string) {
  const params = new URL(callbackUrl).searchParams;
  try {
    const token = await dnsimpleAuth.exchangeCode({
      ...app,
      code: params.get("code") ?? "",
      state: params.get("state") ?? "",
      expectedState,
      baseUrl: process.env.DNSIMPLE_BASE_URL,
    });
    // DNSimple tokens never expire: store token.accessToken with token.accountId.
    const client = createDnsimpleClient({
      auth: dnsimpleAuth.accessToken(token),
      baseUrl: process.env.DNSIMPLE_BASE_URL,
    });
    const zones = await client.op.listZones({ params: { path: { account: token.accountId } } });
    return { accountId: token.accountId, zones: zones.data?.pagination.total_entries ?? 0 };
  } catch (error) {
    if (error instanceof StateMismatchError) return { rejected: "state mismatch" };
    throw error;
  }
}
