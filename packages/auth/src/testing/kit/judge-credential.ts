// Decides which credential a request carries and whether the fake accepts it.
import type { RequestRecord } from "./fault-types.js";
import type { FakeAuthConfig } from "./token-types.js";

/** The credential's kind, and whose it is when accepted. */
export interface Judged {
  credential: RequestRecord["credential"];
  /** A username, clientId or "api-key"; undefined for none or an invalid one. */
  subject: string | undefined;
}

/** What the judge needs: the auth wire format and the accepted secrets. */
export interface CredentialRules {
  auth: FakeAuthConfig;
  apiKeys: ReadonlySet<string>;
  bearerTokens: ReadonlySet<string>;
  verify(token: string): string | undefined;
}

/** Reads the query key first (when the provider has one), then the API key header, then `Authorization: Bearer`. */
export function judgeCredential(
  headers: Readonly<Record<string, string | undefined>>,
  rules: CredentialRules,
  query?: URLSearchParams,
): Judged {
  const { apiKey, queryKey } = rules.auth;
  const inQuery = queryKey ? query?.getAll(queryKey.param) : undefined;
  if (inQuery && inQuery.length > 0) {
    // Sent twice is as wrong as a wrong key: the real API would read one of them, we can't say which.
    return inQuery.length === 1 && rules.apiKeys.has(inQuery[0]!)
      ? { credential: "api-key", subject: "api-key" }
      : { credential: "invalid", subject: undefined };
  }
  if (apiKey) {
    const value = headers[apiKey.header.toLowerCase()];
    const prefix = apiKey.prefix ?? "";
    if (value?.toLowerCase().startsWith(prefix.toLowerCase())) {
      const key = value.slice(prefix.length).trim();
      return rules.apiKeys.has(key)
        ? { credential: "api-key", subject: "api-key" }
        : { credential: "invalid", subject: undefined };
    }
  }
  const authorization = headers.authorization ?? "";
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (bearer !== undefined) {
    const subject = rules.bearerTokens.has(bearer)
      ? "bearer-token"
      : rules.auth.bearer
        ? rules.verify(bearer)
        : undefined;
    return subject === undefined
      ? { credential: "invalid", subject }
      : { credential: "bearer", subject };
  }
  if (/^Basic\s/i.test(authorization)) return { credential: "basic", subject: undefined };
  return { credential: "none", subject: undefined };
}
