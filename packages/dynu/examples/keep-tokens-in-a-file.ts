import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import { createFileTokenStore } from "@provider-clients/dynu/file-store";

const dynu = createDynuClient({
  auth: dynuAuth.clientCredentials({
    clientId: process.env.DYNU_CLIENT_ID ?? "",
    clientSecret: process.env.DYNU_CLIENT_SECRET ?? "",
  }),
  baseUrl: process.env.DYNU_BASE_URL,
  // One JSON file (mode 0600) shared by every run of the script and by parallel runs.
  store: createFileTokenStore(process.env.DYNU_TOKEN_FILE ?? ".dynu-tokens.json"),
});

// load() reads the file without a request: a token kept by an earlier run shows as "valid".
console.log(`before the first call: ${(await dynu.session.load()).status}`);
await dynu.op.dnsGet();
console.log(`after it: ${dynu.session.state().status}`);
