// A user's first program: password login to the AdGuard DNS fake server, list devices, refresh.
import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import {
  createFakeClock,
  fakeAdGuardDnsCredentials as creds,
  startFakeAdGuardDnsServer,
} from "@provider-clients/adguard-dns/testing";

const clock = createFakeClock();
const server = await startFakeAdGuardDnsServer({ clock, accessTokenTtlSeconds: 3600 });
try {
  const adguard = createAdGuardDnsClient({
    baseUrl: server.url,
    clock,
    auth: adguardDnsAuth.password({ username: creds.username, password: creds.password }),
  });
  const { data: devices, response } = await adguard.op.listDevices();
  if (!devices) throw new Error(`unexpected HTTP ${response.status}`);
  const count: number = devices.length;
  await clock.advance(3600 * 1000);
  const second = await adguard.GET("/oapi/v1/devices");
  if (!second.data)
    throw new Error(`the refreshed token was refused: HTTP ${second.response.status}`);
  console.log(
    `adguard-dns ok: ${count} devices, ${server.requests().filter((r) => r.grant === "refresh_token").length} refresh`,
  );
} finally {
  await server.close();
}
