import { expect, it } from "vitest";
import { adguardDnsAuth, paginateDevices, paginateDnsServers } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { clientFor, recordingFetch, startFake } from "./support/fake.js";

it("walks every device newest first, repeating the filters on each page", async () => {
  const server = await startFake();
  const [defaultServer] = server.state("dns_servers");
  const other = server.seed("dns_servers", { name: "Office" });
  const names: string[] = [];
  for (let i = 0; i < 23; i++) {
    const dnsServerId = i % 3 === 0 ? other.id : defaultServer!.id;
    server.seed("devices", {
      name: `device ${i}`,
      device_type: "LINUX",
      dns_server_id: dnsServerId,
    });
    if (dnsServerId === defaultServer!.id) names.push(`device ${i}`);
  }
  const recorder = recordingFetch();
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey), { fetch: recorder.fetch });

  const seen: string[] = [];
  for await (const device of paginateDevices(adguard, {
    limit: 4,
    dns_servers: [defaultServer!.id],
  })) {
    seen.push(device.name);
  }
  expect(seen).toEqual(names.reverse());
  expect(recorder.seen).toHaveLength(Math.ceil(names.length / 4));
  for (const request of recorder.seen) {
    expect(new URL(request.url).searchParams.getAll("dns_servers")).toEqual([defaultServer!.id]);
  }
  expect(new URL(recorder.seen[0]!.url).searchParams.has("cursor")).toBe(false);
  expect(new URL(recorder.seen[1]!.url).searchParams.has("cursor")).toBe(true);
});

it("walks DNS server profiles and stops after maxPages", async () => {
  const server = await startFake();
  for (let i = 0; i < 9; i++) server.seed("dns_servers", { name: `profile ${i}` });
  const adguard = clientFor(server, adguardDnsAuth.apiKey(creds.apiKey));

  const all: string[] = [];
  for await (const profile of paginateDnsServers(adguard, { limit: 3 })) all.push(profile.name);
  expect(all).toEqual([...Array.from({ length: 9 }, (_, i) => `profile ${8 - i}`), "Default"]);

  const firstTwoPages: string[] = [];
  for await (const profile of paginateDnsServers(adguard, { limit: 3 }, { maxPages: 2 })) {
    firstTwoPages.push(profile.name);
  }
  expect(firstTwoPages).toHaveLength(6);
});

it("a failed page is raised as ApiError (an iterator cannot return { error })", async () => {
  const server = await startFake();
  const adguard = clientFor(server, adguardDnsAuth.apiKey("wrong-key"));
  const iterator = paginateDevices(adguard);
  await expect(iterator.next()).rejects.toMatchObject({ name: "ApiError", status: 401 });
});
