import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  createFakeClock,
  fakeAdGuardDnsCredentials as creds,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";

const clock = createFakeClock(); // client and server share one fake clock
const server = await startFakeAdGuardDnsServer({ clock, accessTokenTtlSeconds: 3600 });
try {
  const adguard = createAdGuardDnsClient({
    baseUrl: server.url,
    clock,
    auth: adguardDnsAuth.password({ username: creds.username, password: creds.password }),
  });
  await adguard.op.listDevices();

  await clock.advance(3600 * 1000); // the access token expires
  await adguard.op.listDevices(); // refreshed silently first

  server.tokens.revokeAllAccessTokens(); // the server drops the token early
  const { response } = await adguard.op.listDevices(); // 401, refresh, replayed once

  // The request log keeps method, path, operation, grant, credential kind and status; never a secret.
  const grants = server.requests({ path: "/oapi/v1/oauth_token" }).map((r) => r.grant);
  console.log(
    `status ${response.status}; password grants: ${grants.filter((g) => g === "password").length},`,
    `refreshes: ${grants.filter((g) => g === "refresh_token").length}`,
  );
} finally {
  await server.close();
}
