// A DNSimple call from a web page with an account access token.
import { ApiError, createDnsimpleClient, dnsimpleAuth } from "@provider-clients/dnsimple";
import type { BrowserPageScript } from "@provider-clients/scripts/suites/browser";

/** What the Node side sets for this page. */
export interface TokenPageConfig {
  apiUrl: string;
  token: string;
}

const page: BrowserPageScript<TokenPageConfig> = async (config) => {
  const dnsimple = createDnsimpleClient({
    auth: dnsimpleAuth.accessToken(config.token),
    baseUrl: config.apiUrl,
    throwOnError: true,
  });
  const { data } = await dnsimple.op.whoami();
  // A refused token: the error class and its name must survive minification.
  const stranger = createDnsimpleClient({
    auth: dnsimpleAuth.accessToken("not-a-valid-token"),
    baseUrl: config.apiUrl,
    throwOnError: true,
  });
  const refused = await stranger.op.whoami().then(
    () => undefined,
    (error: unknown) => error,
  );
  // whoami names an account for account tokens and none for user tokens.
  const account = data?.data.account;
  return {
    account: account && "id" in account ? account.id : undefined,
    session: dnsimple.session.state().status,
    refused: refused instanceof ApiError ? `${refused.name} ${refused.status}` : String(refused),
  };
};
export default page;
