// A DNSimple call from a web page with an account access token.
import { createDnsimpleClient, dnsimpleAuth } from "@provider-clients/dnsimple";
import { readConfig, runPage } from "./page-io.js";

const config = readConfig<{ apiUrl: string; token: string }>();

runPage(async () => {
  const dnsimple = createDnsimpleClient({
    auth: dnsimpleAuth.accessToken(config.token),
    baseUrl: config.apiUrl,
    throwOnError: true,
  });
  const { data } = await dnsimple.op.whoami();
  // whoami names an account for account tokens and none for user tokens.
  const account = data?.data.account;
  return {
    account: account && "id" in account ? account.id : undefined,
    session: dnsimple.session.state().status,
  };
});
