// DNSimple's part of the tour: access token and OAuth code flow against the fake DNSimple.
import { createFakeClock } from "@provider-clients/auth/testing";
import {
  createDnsimpleClient,
  type DnsimpleClient,
  dnsimpleAuth,
  paginate,
  rateLimitOf,
  StateMismatchError,
} from "@provider-clients/dnsimple";
import { startFakeDnsimpleServer } from "@provider-clients/dnsimple/testing";
import type { ProviderTour, TourLog } from "@provider-clients/scripts/suites/demo";

const tokenPath = "/v2/oauth/access_token";

/** Runs both DNSimple flows against a fresh fake server and stops it, even when a step fails. */
export const tour: ProviderTour = async (log) => {
  const clock = createFakeClock();
  const fake = await startFakeDnsimpleServer({ clock });
  // Two domains already in the account, so listing them takes several pages.
  fake.seed("domains", { name: "existing-one.test" }, fake.account.id);
  fake.seed("domains", { name: "existing-two.test" }, fake.account.id);
  try {
    const byToken = createDnsimpleClient({
      auth: dnsimpleAuth.accessToken(fake.accessToken),
      baseUrl: fake.url,
      clock,
      throwOnError: true,
    });
    await log.step("access token: authenticate (Authorization: Bearer)", async () => {
      const result = await byToken.op.whoami();
      const quota = rateLimitOf(result);
      return `whoami -> account ${fake.account.id}; quota ${quota?.remaining}/${quota?.limit} left`;
    });
    await domainRoundTrip(log, byToken, fake.account.id, "access token", "token-tour.test");

    let oauthToken = { accessToken: "", accountId: 0 };
    await log.step("oauth: authorize URL, consent, code exchange (JSON POST)", async () => {
      const { url, state } = dnsimpleAuth.authorizeUrl({
        clientId: fake.app.clientId,
        redirectUri: fake.app.redirectUri,
        authorizeEndpoint: fake.authorizeEndpoint,
      });
      const callback = new URL(await fake.authorize(url)).searchParams;
      oauthToken = await dnsimpleAuth.exchangeCode({
        clientId: fake.app.clientId,
        clientSecret: fake.app.clientSecret,
        code: callback.get("code") ?? "",
        redirectUri: fake.app.redirectUri,
        state: callback.get("state") ?? "",
        expectedState: state,
        baseUrl: fake.url,
        clock,
      });
      return `token for account_id ${oauthToken.accountId}; token requests: ${fake.count({ method: "POST", path: tokenPath })}`;
    });
    await log.step("oauth: a forged state is refused before any request", async () => {
      const before = fake.requests().length;
      const refused = await dnsimpleAuth
        .exchangeCode({
          clientId: fake.app.clientId,
          clientSecret: fake.app.clientSecret,
          code: "stolen",
          redirectUri: fake.app.redirectUri,
          state: "forged",
          expectedState: "mine",
          baseUrl: fake.url,
        })
        .catch((error: unknown) => error);
      if (!(refused instanceof StateMismatchError)) throw new Error("forged state was not refused");
      if (fake.requests().length !== before) throw new Error("a request was sent");
      return "StateMismatchError; 0 requests sent";
    });
    const byOAuth = createDnsimpleClient({
      auth: dnsimpleAuth.accessToken(oauthToken),
      baseUrl: fake.url,
      clock,
      throwOnError: true,
    });
    await domainRoundTrip(log, byOAuth, oauthToken.accountId, "oauth", "oauth-tour.test");

    await log.step("oauth: no expiry to cross (DNSimple tokens never expire)", async () => {
      const before = fake.count({ method: "POST", path: tokenPath });
      await clock.advance(365 * 24 * 60 * 60_000);
      await byOAuth.op.whoami();
      const after = fake.count({ method: "POST", path: tokenPath });
      if (after !== before) throw new Error(`${after - before} token request(s) after a year`);
      return `clock +1 year: whoami still 200; token requests ${before} -> ${after}`;
    });
    await log.step("429: waits for X-RateLimit-Reset, then retries", async () => {
      // DNSimple says when through X-RateLimit-Reset: the fault's seconds go there.
      fake.faults.inject({ kind: "rate-limited", path: "/v2/whoami", retryAfterSeconds: 20 });
      const call = byOAuth.op.whoami();
      await clock.untilSleeping(1);
      await clock.advance(20_000);
      const { response } = await call;
      return `429 then ${response.status} after a 20 s wait on the fake clock`;
    });
    await log.step(
      "revoke: nothing to call; a token revoked in the dashboard gets 401",
      async () => {
        const sent = fake.requests().length;
        await byOAuth.session.revoke();
        if (fake.requests().length !== sent) throw new Error("revoke sent a request");
        fake.tokens.revoke(oauthToken.accessToken);
        const status = await byOAuth.op
          .whoami()
          .then(() => 200)
          .catch(
            (error: { status?: number; body?: { message?: string } }) =>
              `${error.status} ${error.body?.message}`,
          );
        return `revoke sent 0 requests; after dashboard revocation whoami -> ${status}`;
      },
    );
  } finally {
    await log.step("stop the fake DNSimple", async () => {
      await fake.close();
      return `served ${fake.requests().length} requests, ${fake.count({ method: "POST", path: tokenPath })} of them token requests`;
    });
  }
};

// Typed calls: create a domain, add/update/delete a record, list domains page by page, delete the domain.
async function domainRoundTrip(
  log: TourLog,
  client: DnsimpleClient,
  account: number,
  flow: string,
  name: string,
) {
  await log.step(`${flow}: create a domain and list zones`, async () => {
    await client.op.createDomain({ params: { path: { account } }, body: { name } });
    const { data } = await client.op.listZones({ params: { path: { account } } });
    return `created ${name}; zones: ${data?.data.map((zone) => zone.name).join(", ")}`;
  });
  await log.step(`${flow}: create, update and delete a zone record`, async () => {
    const zone = { account, zone: name };
    const { data: created } = await client.op.createZoneRecord({
      params: { path: zone },
      body: { name: "www", type: "A", content: "192.0.2.10", ttl: 600 },
    });
    const zonerecord = created?.data.id ?? 0;
    const { data: updated } = await client.op.updateZoneRecord({
      params: { path: { ...zone, zonerecord } },
      body: { content: "192.0.2.20" },
    });
    await client.op.deleteZoneRecord({ params: { path: { ...zone, zonerecord } } });
    return `record ${zonerecord}: 192.0.2.10 -> ${updated?.data.content} -> deleted`;
  });
  await log.step(`${flow}: list every domain page by page, then delete ours`, async () => {
    const names: string[] = [];
    for await (const domain of paginate(
      client,
      "listDomains",
      { params: { path: { account } } },
      { perPage: 1 },
    )) {
      names.push(domain.name);
    }
    await client.op.deleteDomain({ params: { path: { account, domain: name } } });
    return `${names.length} domain(s) over ${names.length} page(s) of 1: ${names.join(", ")}; deleted ${name}`;
  });
}
