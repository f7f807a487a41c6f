import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import { fakeDynuCredentials, startFakeDynuServer } from "@provider-clients/dynu/testing";

const fake = await startFakeDynuServer();
try {
  fake.seed("domains", { name: "example.test", ipv4Address: "192.0.2.1" });
  fake.faults.inject({ kind: "status", status: 503, method: "GET", path: "/dns" });

  const dynu = createDynuClient({
    auth: dynuAuth.clientCredentials(fakeDynuCredentials),
    baseUrl: fake.url,
  });
  const { data } = await dynu.GET("/dns"); // the 503 is retried
  console.log(data?.domains?.map((d) => d.name).join(","));
  console.log(`token requests: ${fake.tokens.counts().requests}`);
} finally {
  await fake.close();
}
