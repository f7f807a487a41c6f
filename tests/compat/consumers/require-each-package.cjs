// A CommonJS program, as a user on Node >= 20.19 writes it: require() every package, call each fake.
const assert = require("node:assert/strict");
const auth = require("@provider-clients/auth");
const { createRedisTokenStore } = require("@provider-clients/token-store-redis");
const { adguardDnsAuth, createAdGuardDnsClient } = require("@provider-clients/adguard-dns");
const adguardTesting = require("@provider-clients/adguard-dns/testing");
const { createDnsimpleClient, dnsimpleAuth } = require("@provider-clients/dnsimple");
const { startFakeDnsimpleServer } = require("@provider-clients/dnsimple/testing");
const { createDynataClient, dynataAuth } = require("@provider-clients/dynata");
const { fakeDynataUser, startFakeDynataServer } = require("@provider-clients/dynata/testing");
const { createDynuClient, dynuAuth } = require("@provider-clients/dynu");
const { fakeDynuCredentials, startFakeDynuServer } = require("@provider-clients/dynu/testing");
const { createFileTokenStore } = require("@provider-clients/auth/file-store");

async function main() {
  assert.equal(typeof auth.createSession, "function");
  assert.equal(typeof createRedisTokenStore, "function");
  assert.equal(typeof createFileTokenStore, "function");

  const adguardFake = await adguardTesting.startFakeAdGuardDnsServer();
  const adguard = createAdGuardDnsClient({
    baseUrl: adguardFake.url,
    auth: adguardDnsAuth.apiKey(adguardTesting.fakeAdGuardDnsCredentials.apiKey),
  });
  console.log("adguard-dns", (await adguard.op.getAccountLimits()).response.status);
  await adguardFake.close();

  const dnsimpleFake = await startFakeDnsimpleServer();
  const dnsimple = createDnsimpleClient({
    baseUrl: dnsimpleFake.url,
    auth: dnsimpleAuth.accessToken(dnsimpleFake.accessToken),
  });
  console.log("dnsimple", (await dnsimple.op.whoami()).response.status);
  await dnsimpleFake.close();

  const dynataFake = await startFakeDynataServer();
  const dynata = createDynataClient({
    baseUrl: dynataFake.url,
    clock: dynataFake.clock,
    auth: dynataAuth.password(fakeDynataUser),
  });
  console.log("dynata", (await dynata.GET("/sample/v1/projects")).response.status);
  await dynata.session.revoke();
  await dynataFake.close();

  const dynuFake = await startFakeDynuServer();
  const dynu = createDynuClient({
    baseUrl: dynuFake.url,
    auth: dynuAuth.apiKey(fakeDynuCredentials.apiKey),
  });
  console.log("dynu", (await dynu.GET("/dns")).response.status);
  await dynuFake.close();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
