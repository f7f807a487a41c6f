import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  createFileTokenStore,
  defaultTokenStorePath,
} from "@provider-clients/adguard-dns/file-store";

// The tokens `npx @provider-clients/adguard-dns login` saved: same file, same account e-mail.
const adguard = createAdGuardDnsClient({
  baseUrl: process.env.ADGUARD_DNS_BASE_URL,
  store: createFileTokenStore(defaultTokenStorePath()),
  auth: adguardDnsAuth.password({
    username: process.env.ADGUARD_DNS_USERNAME ?? "",
    // Asked only when the stored refresh token is gone or refused.
    password: () => Promise.reject(new Error("run `npx @provider-clients/adguard-dns login`")),
  }),
});
console.log("stored session:", (await adguard.session.load()).status);
const { data: servers } = await adguard.op.listDNSServers();
console.log(`${servers?.length} DNS server profile(s)`);
