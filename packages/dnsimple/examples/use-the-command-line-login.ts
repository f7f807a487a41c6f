import { createDnsimpleClient, dnsimpleAuth } from "@provider-clients/dnsimple";
import { createFileTokenStore, defaultTokenStorePath } from "@provider-clients/dnsimple/file-store";

// The token `npx @provider-clients/dnsimple login` saved, under the account id it printed.
const store = createFileTokenStore(defaultTokenStorePath());
const account = process.env.DNSIMPLE_ACCOUNT_ID ?? "";
const saved = await store.get({ provider: "dnsimple", account });
if (!saved) throw new Error("no stored token: run `npx @provider-clients/dnsimple login`");

// DNSimple tokens do not expire, so the stored one is used as it is.
const client = createDnsimpleClient({
  auth: dnsimpleAuth.accessToken(saved.accessToken),
  baseUrl: process.env.DNSIMPLE_BASE_URL,
});
const { data } = await client.op.whoami();
console.log("logged in to account", data?.data.account?.id);
