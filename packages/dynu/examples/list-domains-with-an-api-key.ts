import { createDynuClient, dynuAuth } from "@provider-clients/dynu";

const dynu = createDynuClient({
  auth: dynuAuth.apiKey(process.env.DYNU_API_KEY ?? ""),
  // Leave unset for https://api.dynu.com/v2; tests point it at the fake server.
  baseUrl: process.env.DYNU_BASE_URL,
});

const { data, error, response } = await dynu.GET("/dns");
if (error) {
  throw new Error(`Dynu answered ${response.status}: ${error.exception?.message}`);
}
for (const domain of data.domains ?? []) {
  console.log(`${domain.id} ${domain.name} ttl=${domain.ttl}`);
}
