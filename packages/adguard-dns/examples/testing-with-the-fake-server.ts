import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  fakeAdGuardDnsCredentials as creds,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";

const server = await startFakeAdGuardDnsServer({ accessTokenTtlSeconds: 3600 });
try {
  const adguard = createAdGuardDnsClient({
    baseUrl: server.url,
    clock: server.clock, // client and server share one fake clock
    auth: adguardDnsAuth.password({ username: creds.username, password: creds.password }),
  });
  await adguard.op.listDevices();

  await server.clock.advance(3600 * 1000); // the access token expires
  await adguard.op.listDevices(); // refreshed silently first

  server.state.revokeAllAccessTokens(); // the server drops the token early
  const { response } = await adguard.op.listDevices(); // 401, refresh, replayed once

  console.log(
    `status ${response.status}; password grants: ${server.state.tokenRequestCount("password")},`,
    `refreshes: ${server.state.tokenRequestCount("refresh_token")}`,
  );
} finally {
  await server.close();
}
