import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import { createFileTokenStore, defaultTokenStorePath } from "@provider-clients/dynu/file-store";

// The token `npx @provider-clients/dynu login` saved: same file, same client id.
const dynu = createDynuClient({
  baseUrl: process.env.DYNU_BASE_URL,
  store: createFileTokenStore(defaultTokenStorePath()),
  auth: dynuAuth.clientCredentials({
    clientId: process.env.DYNU_CLIENT_ID ?? "",
    // Dynu has no refresh token: after 8 hours the secret is needed again (or a new login).
    clientSecret: async () => {
      if (process.env.DYNU_CLIENT_SECRET) return process.env.DYNU_CLIENT_SECRET;
      throw new Error("the stored token expired: run `npx @provider-clients/dynu login`");
    },
  }),
});
console.log("stored session:", (await dynu.session.load()).status);
const { data } = await dynu.op.dnsGet();
console.log("domains:", data?.domains?.length);
