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

/** Reads the API key header first, then `Authorization: Bearer`. */
export function judgeCredential(
  headers: Readonly<Record<string, string | undefined>>,
  rules: CredentialRules,
): Judged {
  const { apiKey } = rules.auth;
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
