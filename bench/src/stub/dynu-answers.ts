// The two answers every benchmark server gives: a DNS service list and a client-credentials token.

/** Path of Dynu's token endpoint under the API root. */
export const tokenPath = "/oauth2/token";

/** Path of the API call every contender makes (GET, lists DNS services). */
export const listPath = "/dns";

/** A realistic small `GET /dns` body (two DNS services), serialised once. */
export const listBody = JSON.stringify({
  statusCode: 200,
  domains: [1, 2].map((id) => ({
    id,
    name: `bench-${id}.example`,
    unicodeName: `bench-${id}.example`,
    token: "",
    state: "Complete",
    group: "",
    ipv4Address: "192.0.2.10",
    ipv6Address: "2001:db8::10",
    ttl: 90,
    ipv4: true,
    ipv6: true,
    ipv4WildcardAlias: true,
    ipv6WildcardAlias: true,
    allowZoneTransfer: false,
    dnssec: false,
    createdOn: "2024-01-01T00:00:00",
    updatedOn: "2024-01-01T00:00:00",
  })),
});

/** A token answer with Dynu's eight-hour lifetime; `serial` makes each issued token distinct. */
export function tokenBody(serial: number): string {
  return JSON.stringify({
    access_token: `bench-access-token-${serial}`,
    token_type: "bearer",
    expires_in: 8 * 60 * 60,
  });
}

/** Headers of every benchmark answer. */
export const jsonHeaders = { "content-type": "application/json" } as const;
