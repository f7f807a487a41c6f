// The fake server's token bookkeeping: access/refresh tokens, rotation, revocation and codes.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Clock } from "@provider-clients/auth";

/** Lifetimes and rotation of the tokens the fake server hands out. */
export interface FakeTokenPolicy {
  /** `expires_in` of access tokens, in seconds. */
  accessTokenTtlSeconds: number;
  /** How long a refresh token can be used; undefined: until revoked or rotated away. */
  refreshTokenTtlSeconds: number | undefined;
  /** Each refresh hands out a new refresh token and retires the old one. */
  rotateRefreshTokens: boolean;
  /** How long an authorization code can be exchanged, in seconds. */
  codeTtlSeconds: number;
}

/** The token endpoint's success body (AccessTokenResponse). */
export interface IssuedTokens {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token?: string;
}

interface AccessRecord {
  username: string;
  expiresAt: number;
  revoked: boolean;
}
interface RefreshRecord {
  username: string;
  clientId: string | undefined;
  expiresAt: number | undefined;
  /** `rotated`: already traded (rotation on); `revoked`: via revoke_token or the test hooks. */
  status: "active" | "rotated" | "revoked";
}
interface CodeRecord {
  username: string;
  clientId: string;
  redirectUri: string;
  challenge: string;
  expiresAt: number;
  used: boolean;
}

const newToken = () => randomBytes(24).toString("base64url");

/** Creates the bookkeeping; all times come from `clock`. */
export function createTokenAuthority(clock: Pick<Clock, "now">, policy: FakeTokenPolicy) {
  const access = new Map<string, AccessRecord>();
  const refresh = new Map<string, RefreshRecord>();
  const codes = new Map<string, CodeRecord>();

  const issue = (
    username: string,
    clientId: string | undefined,
    withRefresh: boolean,
  ): IssuedTokens => {
    const accessToken = newToken();
    access.set(accessToken, {
      username,
      expiresAt: clock.now() + policy.accessTokenTtlSeconds * 1000,
      revoked: false,
    });
    const body: IssuedTokens = {
      access_token: accessToken,
      token_type: "bearer",
      expires_in: policy.accessTokenTtlSeconds,
    };
    if (withRefresh) {
      const refreshToken = newToken();
      refresh.set(refreshToken, {
        username,
        clientId,
        expiresAt:
          policy.refreshTokenTtlSeconds === undefined
            ? undefined
            : clock.now() + policy.refreshTokenTtlSeconds * 1000,
        status: "active",
      });
      body.refresh_token = refreshToken;
    }
    return body;
  };

  return {
    policy,
    issue,
    /** The user an access token belongs to, when it is known, unexpired and not revoked. */
    userOfAccessToken(token: string): string | undefined {
      const record = access.get(token);
      if (!record || record.revoked || clock.now() >= record.expiresAt) return undefined;
      return record.username;
    },
    /** Trades a refresh token; undefined when it is unknown, expired, rotated away or revoked. */
    refresh(token: string): IssuedTokens | undefined {
      const record = refresh.get(token);
      if (record?.status !== "active") return undefined;
      if (record.expiresAt !== undefined && clock.now() >= record.expiresAt) return undefined;
      if (!policy.rotateRefreshTokens) {
        return { ...issue(record.username, record.clientId, false), refresh_token: token };
      }
      record.status = "rotated";
      return issue(record.username, record.clientId, true);
    },
    /** Marks a refresh token revoked; unknown tokens are ignored, as the endpoint answers 200 anyway. */
    revokeRefreshToken(token: string): boolean {
      const record = refresh.get(token);
      if (!record) return false;
      record.status = "revoked";
      return true;
    },
    /** A one-time code bound to the client, redirect URI and PKCE challenge. */
    createCode(input: Omit<CodeRecord, "expiresAt" | "used">): string {
      const code = newToken();
      codes.set(code, {
        ...input,
        expiresAt: clock.now() + policy.codeTtlSeconds * 1000,
        used: false,
      });
      return code;
    },
    /** Exchanges a code when client, redirect URI and verifier match; a code works once. */
    redeemCode(input: { code: string; clientId: string; redirectUri: string; verifier: string }) {
      const record = codes.get(input.code);
      if (!record || record.used || clock.now() >= record.expiresAt) return undefined;
      record.used = true;
      if (record.clientId !== input.clientId || record.redirectUri !== input.redirectUri)
        return undefined;
      const challenge = createHash("sha256").update(input.verifier, "ascii").digest("base64url");
      if (!sameString(challenge, record.challenge)) return undefined;
      return issue(record.username, record.clientId, true);
    },
    /** Server-side invalidation of every access token (a 401 while the client thinks it is valid). */
    revokeAllAccessTokens(): void {
      for (const record of access.values()) record.revoked = true;
    },
    /** Revokes every active refresh token (e.g. the user logged out everywhere). */
    revokeAllRefreshTokens(): void {
      for (const record of refresh.values())
        if (record.status === "active") record.status = "revoked";
    },
    /** Counts for assertions: live access tokens and active refresh tokens. */
    counts() {
      const now = clock.now();
      let liveAccess = 0;
      for (const record of access.values())
        if (!record.revoked && now < record.expiresAt) liveAccess++;
      let activeRefresh = 0;
      for (const record of refresh.values()) if (record.status === "active") activeRefresh++;
      return { liveAccessTokens: liveAccess, activeRefreshTokens: activeRefresh };
    },
  };
}

/** The bookkeeping object `createTokenAuthority` returns. */
export type TokenAuthority = ReturnType<typeof createTokenAuthority>;

// Constant-time comparison, as a real server would do for secrets.
function sameString(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
