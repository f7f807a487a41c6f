import { expect, it } from "vitest";
import { adguardDnsAuth } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { clientFor, startFake } from "./support/fake.js";

it("the DNS-over-HTTPS .mobileconfig of a device comes back as a Blob with parseAs: 'blob'", async () => {
  const server = await startFake();
  const serverId = server.state("dns_servers")[0]!.id;
  const device = server.seed("devices", {
    name: "Mac",
    device_type: "MAC",
    dns_server_id: serverId,
  });
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey));

  const { data, response } = await adguard.op.getDoHMobileConfig({
    params: { path: { device_id: device.id } },
    parseAs: "blob",
  });
  expect(response.headers.get("content-type")).toBe("application/x-apple-aspen-config");
  expect(data).toBeInstanceOf(Blob);
  const text = await data!.text();
  expect(text).toContain(device.dns_addresses.dns_over_https_url);
  expect(text).toContain("<string>HTTPS</string>");
});
