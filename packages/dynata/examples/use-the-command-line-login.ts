import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import { createFileTokenStore, defaultTokenStorePath } from "@provider-clients/dynata/file-store";

// The tokens `npx @provider-clients/dynata login` saved: same file, same username.
const dynata = createDynataClient({
  baseUrl: process.env.DYNATA_BASE_URL,
  store: createFileTokenStore(defaultTokenStorePath()),
  auth: dynataAuth.password({
    username: process.env.DYNATA_USERNAME ?? "",
    // Asked only when the stored refresh token has expired or was refused.
    password: () => Promise.reject(new Error("run `npx @provider-clients/dynata login`")),
  }),
});
console.log("stored session:", (await dynata.session.load()).status);
const { data: countries } = await dynata.op.countriesList();
console.log("countries:", countries?.data.length);
