// The token bookkeeping every fake shares: access and refresh tokens, codes, all timed on the fake's clock.
import { createHash, randomBytes } from "node:crypto";
import type { Clock } from "../../types.js";
import { sameSecret } from "./same-secret.js";
import type { IssuedTokens, TokenAuthority, TokenPolicy } from "./token-types.js";

interface AccessRecord {
  subject: string;
  expiresAt: number;
  revoked: boolean;
}
interface RefreshRecord {
  subject: string;
  clientId: string | undefined;
  expiresAt: number | undefined;
  /** `rotated`: already traded (rotation on); `revoked`: by a revoke request or a test. */
  status: "active" | "rotated" | "revoked";
}
interface CodeRecord {
  subject: string;
  clientId: string;
  redirectUri: string;
  challenge: string | undefined;
  /** Set when the authorize endpoint binds codes to `state`. */
  state: string | undefined;
  expiresAt: number;
  used: boolean;
}

/** The authority plus what the token and authorize endpoints need. */
export interface TokenBook extends TokenAuthority {
  /** Trades a refresh token; undefined when unknown, expired, rotated away, revoked or another client's. */
  refresh(token: string, clientId?: string): IssuedTokens | undefined;
  /** Exchanges a code when client, redirect URI and verifier match; a code works once. */
  redeemCode(input: {
    code: string;
    clientId: string;
    redirectUri: string;
    verifier?: string | undefined;
    state?: string | undefined;
  }): IssuedTokens | undefined;
  /** Counts a token endpoint request. */
  countRequest(): void;
}

const newToken = (prefix: string) => `${prefix}_${randomBytes(24).toString("base64url")}`;

/** Creates the bookkeeping; `policy` may be changed by the server options (a shorter lifetime). */
export function createTokenBook(clock: Pick<Clock, "now">, policy: TokenPolicy): TokenBook {
  const access = new Map<string, AccessRecord>();
  const refresh = new Map<string, RefreshRecord>();
  const codes = new Map<string, CodeRecord>();
  let requests = 0;
  let issued = 0;
  const seconds = (n: number) => n * 1000;

  const issue: TokenBook["issue"] = (subject, options = {}) => {
    const accessToken = newToken("at");
    access.set(accessToken, {
      subject,
      expiresAt: clock.now() + seconds(policy.accessTokenTtlSeconds),
      revoked: false,
    });
    issued += 1;
    const tokens: { -readonly [K in keyof IssuedTokens]: IssuedTokens[K] } = {
      accessToken,
      tokenType: policy.tokenType ?? "bearer",
      expiresIn: policy.accessTokenTtlSeconds,
      subject,
    };
    if (options.refresh) {
      const refreshToken = newToken("rt");
      const ttl = policy.refreshTokenTtlSeconds;
      refresh.set(refreshToken, {
        subject,
        clientId: options.clientId,
        expiresAt: ttl === undefined ? undefined : clock.now() + seconds(ttl),
        status: "active",
      });
      tokens.refreshToken = refreshToken;
      if (ttl !== undefined) tokens.refreshExpiresIn = ttl;
    }
    return tokens;
  };

  return {
    issue,
    verify(token) {
      const record = access.get(token);
      if (!record || record.revoked || clock.now() >= record.expiresAt) return undefined;
      return record.subject;
    },
    refresh(token, clientId) {
      const record = refresh.get(token);
      if (record?.status !== "active") return undefined;
      if (record.expiresAt !== undefined && clock.now() >= record.expiresAt) return undefined;
      if (clientId !== undefined && record.clientId !== undefined && clientId !== record.clientId) {
        return undefined;
      }
      if (policy.rotateRefreshTokens === false) {
        const fresh = issue(record.subject, { clientId: record.clientId });
        return { ...fresh, refreshToken: token };
      }
      record.status = "rotated";
      return issue(record.subject, { refresh: true, clientId: record.clientId });
    },
    revoke(token) {
      const refreshRecord = refresh.get(token);
      if (refreshRecord) refreshRecord.status = "revoked";
      const accessRecord = access.get(token);
      if (accessRecord) accessRecord.revoked = true;
      return refreshRecord !== undefined || accessRecord !== undefined;
    },
    createCode(input) {
      const code = newToken("code");
      const ttl = policy.codeTtlSeconds ?? 600;
      codes.set(code, { ...input, expiresAt: clock.now() + seconds(ttl), used: false });
      return code;
    },
    redeemCode(input) {
      const record = codes.get(input.code);
      if (!record || record.used || clock.now() >= record.expiresAt) return undefined;
      record.used = true;
      if (record.clientId !== input.clientId || record.redirectUri !== input.redirectUri) {
        return undefined;
      }
      if (record.state !== undefined && record.state !== input.state) return undefined;
      if (record.challenge !== undefined) {
        if (input.verifier === undefined) return undefined;
        const challenge = createHash("sha256").update(input.verifier, "ascii").digest("base64url");
        if (!sameSecret(challenge, record.challenge)) return undefined;
      }
      return issue(record.subject, { refresh: true, clientId: record.clientId });
    },
    revokeAllAccessTokens() {
      for (const record of access.values()) record.revoked = true;
    },
    revokeAllRefreshTokens() {
      for (const record of refresh.values()) {
        if (record.status === "active") record.status = "revoked";
      }
    },
    accessTokens: () => [...access.keys()],
    countRequest() {
      requests += 1;
    },
    counts() {
      const now = clock.now();
      let liveAccessTokens = 0;
      for (const record of access.values()) {
        if (!record.revoked && now < record.expiresAt) liveAccessTokens += 1;
      }
      let activeRefreshTokens = 0;
      // Like access tokens, an expired refresh token is no longer counted as live.
      for (const record of refresh.values()) {
        const live = record.expiresAt === undefined || now < record.expiresAt;
        if (record.status === "active" && live) activeRefreshTokens += 1;
      }
      return { requests, issued, liveAccessTokens, activeRefreshTokens };
    },
  };
}
