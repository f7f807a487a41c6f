// Dynu's part of the tour: API key and client credentials against the fake Dynu, with an 8-hour expiry crossed.
import { createFakeClock } from "@provider-clients/auth/testing";
import { createDynuClient, type DynuClient, dynuAuth } from "@provider-clients/dynu";
import { fakeDynuCredentials, startFakeDynuServer } from "@provider-clients/dynu/testing";
import type { ProviderTour, TourLog } from "@provider-clients/scripts/suites/demo";

const hour = 60 * 60_000;

/** Runs every Dynu flow against a fresh fake server and stops it, even when a step fails. */
export const tour: ProviderTour = async (log) => {
  const clock = createFakeClock();
  const fake = await startFakeDynuServer({ clock });
  try {
    const keyed = createDynuClient({
      auth: dynuAuth.apiKey(fakeDynuCredentials.apiKey),
      baseUrl: fake.url,
      clock,
      throwOnError: true,
    });
    await log.step("api key: authenticate (API-Key header)", async () => {
      const { data } = await keyed.GET("/dns");
      return `GET /dns answered ${data?.statusCode} with ${data?.domains?.length} domains`;
    });
    await domainRoundTrip(log, keyed, "api key", "key-tour.example");

    const managed = createDynuClient({
      auth: dynuAuth.clientCredentials(fakeDynuCredentials),
      baseUrl: fake.url,
      clock,
      throwOnError: true,
    });
    await log.step("client credentials: authenticate (GET /oauth2/token, HTTP Basic)", async () => {
      await managed.op.dnsGet();
      const state = managed.session.state();
      const hours = ((state.expiresAt ?? 0) - clock.now()) / hour;
      return `token valid for ${hours} h; token requests: ${fake.tokens.counts().requests}`;
    });
    await domainRoundTrip(log, managed, "client credentials", "cc-tour.example");
    await log.step("client credentials: silent renewal across the 8-hour expiry", async () => {
      const before = fake.tokens.counts().requests;
      await clock.advance(8 * hour);
      const { data } = await managed.GET("/dns");
      const after = fake.tokens.counts().requests;
      const unauthorized = fake.requests({ route: "api" }).filter((r) => r.status === 401).length;
      if (after !== before + 1)
        throw new Error(`expected one new token request, saw ${after - before}`);
      if (unauthorized > 0) throw new Error(`${unauthorized} request(s) were refused`);
      return `clock +8 h: token requests ${before} -> ${after}, no 401; ${data?.domains?.length} domains listed`;
    });
    await log.step("client credentials: revoke (Dynu has none: tokens forgotten)", async () => {
      const sent = fake.requests({ route: "api" }).length + fake.tokens.counts().requests;
      await managed.session.revoke();
      const status = managed.session.state().status;
      const after = fake.requests({ route: "api" }).length + fake.tokens.counts().requests;
      if (status !== "empty" || after !== sent)
        throw new Error(`state ${status}, ${after - sent} request(s)`);
      return "session is empty; no request was sent";
    });
  } finally {
    await log.step("stop the fake Dynu", async () => {
      await fake.close();
      return `served ${fake.requests({ route: "api" }).length} API and ${fake.tokens.counts().requests} token requests`;
    });
  }
};

// Typed calls: create a domain, list it, update it, add/update/delete a record, delete the domain.
async function domainRoundTrip(log: TourLog, dynu: DynuClient, flow: string, name: string) {
  let id = 0;
  await log.step(`${flow}: create and list a domain`, async () => {
    await dynu.POST("/dns", { body: { name, ttl: 300, ipv4Address: "192.0.2.10" } });
    const { data } = await dynu.op.dnsGet();
    id = data?.domains?.find((d) => d.name === name)?.id ?? 0;
    if (!id) throw new Error(`${name} is not listed`);
    return `created ${name} (id ${id}); ${data?.domains?.length} domains listed`;
  });
  await log.step(`${flow}: update the domain and manage a record`, async () => {
    await dynu.op.dnsIdPost({ params: { path: { id } }, body: { group: "tour", ttl: 120 } });
    const { data: domain } = await dynu.GET("/dns/{id}", { params: { path: { id } } });
    const { data: record } = await dynu.POST("/dns/{id}/record", {
      params: { path: { id } },
      body: { recordType: "A", nodeName: "www", ipv4Address: "192.0.2.11" },
    });
    const dnsRecordId = record?.id ?? 0;
    const { data: changed } = await dynu.POST("/dns/{id}/record/{dnsRecordId}", {
      params: { path: { id, dnsRecordId } },
      body: { recordType: "A", ipv4Address: "192.0.2.12" },
    });
    await dynu.DELETE("/dns/{id}/record/{dnsRecordId}", { params: { path: { id, dnsRecordId } } });
    return `group=${domain?.group} ttl=${domain?.ttl}; record ${record?.hostname} ${record?.content} -> ${changed?.content}, deleted`;
  });
  await log.step(`${flow}: delete the domain`, async () => {
    await dynu.op.dnsIdDelete({ params: { path: { id } } });
    const { data } = await dynu.op.dnsGet();
    if (data?.domains?.some((d) => d.id === id)) throw new Error(`${name} is still listed`);
    return `deleted ${name}; ${data?.domains?.length} domains left`;
  });
}
