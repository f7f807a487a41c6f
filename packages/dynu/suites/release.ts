// A user's first program: list domains from the Dynu fake server with client credentials.
import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import { fakeDynuCredentials, startFakeDynuServer } from "@provider-clients/dynu/testing";

const fake = await startFakeDynuServer();
try {
  fake.seed("domains", { name: "example.test", ipv4Address: "192.0.2.1" });
  const dynu = createDynuClient({
    auth: dynuAuth.clientCredentials(fakeDynuCredentials),
    baseUrl: fake.url,
  });
  const { data, error } = await dynu.GET("/dns");
  if (error) throw new Error(`unexpected error ${JSON.stringify(error)}`);
  const names: string[] = (data.domains ?? []).map((domain) => domain.name ?? "");
  if (!names.includes("example.test")) throw new Error(`seeded domain missing: ${names.join(",")}`);
  console.log(`dynu ok: ${names.join(",")}`);
} finally {
  await fake.close();
}
