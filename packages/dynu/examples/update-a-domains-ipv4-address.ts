import { createDynuClient, dynuAuth } from "@provider-clients/dynu";

const dynu = createDynuClient({
  auth: dynuAuth.apiKey(process.env.DYNU_API_KEY ?? ""),
  baseUrl: process.env.DYNU_BASE_URL,
  throwOnError: true,
});
const hostname = process.env.DYNU_DOMAIN ?? "home.example.com";
const ipv4Address = process.env.DYNU_NEW_IPV4 ?? "203.0.113.7";

const { domains = [] } = (await dynu.op.dnsGet()).data!;
const id = domains.find((d) => d.name === hostname)?.id;
if (id === undefined) throw new Error(`${hostname} is not a DNS service of this account`);

// POST /dns/{id} takes the service's settings: send the current ones with the new address.
// Only those the service has: under exactOptionalPropertyTypes an optional field refuses undefined.
const current = (await dynu.op.dnsIdGet({ params: { path: { id } } })).data!;
const { name, group, ttl, ipv6, ipv6Address, ipv4WildcardAlias, ipv6WildcardAlias } = current;
await dynu.op.dnsIdPost({
  params: { path: { id } },
  body: {
    ...(name !== undefined && { name }),
    ...(group !== undefined && { group }),
    ...(ttl !== undefined && { ttl }),
    ipv4: true,
    ipv4Address,
    ...(ipv6 !== undefined && { ipv6 }),
    ...(ipv6Address !== undefined && { ipv6Address }),
    ...(ipv4WildcardAlias !== undefined && { ipv4WildcardAlias }),
    ...(ipv6WildcardAlias !== undefined && { ipv6WildcardAlias }),
  },
});
const updated = (await dynu.op.dnsIdGet({ params: { path: { id } } })).data!;
console.log(`${updated.name} now points at ${updated.ipv4Address}`);
