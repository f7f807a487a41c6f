// The fake's token bookkeeping: issue pairs, rotate refresh tokens, verify and revoke.
import { randomBytes } from "node:crypto";
import type { Clock } from "@provider-clients/auth";

/** A login the fake accepts. */
export interface FakeUser {
  username: string;
  password: string;
}

/** Token lifetimes in seconds (Dynata: 30-minute access tokens). */
export interface FakeTokenLifetimes {
  accessTokenSeconds: number;
  refreshTokenSeconds: number;
}

interface Grant {
  username: string;
  expiresAt: number;
}

/** How many times each token endpoint was called, failures included. */
export interface TokenEndpointCounts {
  password: number;
  refresh: number;
  logout: number;
}

/** The pair a token endpoint answers with, as the vendor spells it. */
export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}

// Opaque random tokens; the prefix only helps a human reading a request log.
const token = (prefix: string) => `${prefix}_${randomBytes(24).toString("base64url")}`;

/** Users, live tokens and counters of the fake auth service. */
export class FakeAuthStore {
  readonly users = new Map<string, string>();
  readonly counts: TokenEndpointCounts = { password: 0, refresh: 0, logout: 0 };
  readonly lifetimes: FakeTokenLifetimes;
  private readonly access = new Map<string, Grant>();
  private readonly refresh = new Map<string, Grant>();
  private readonly clock: Pick<Clock, "now">;

  constructor(
    clock: Pick<Clock, "now">,
    users: readonly FakeUser[],
    lifetimes: FakeTokenLifetimes,
  ) {
    this.clock = clock;
    this.lifetimes = { ...lifetimes };
    for (const user of users) this.users.set(user.username, user.password);
  }

  /** Adds (or changes the password of) a user. */
  addUser(user: FakeUser): void {
    this.users.set(user.username, user.password);
  }

  /** True when the username exists and the password matches. */
  checkPassword(username: string, password: string): boolean {
    return this.users.has(username) && this.users.get(username) === password;
  }

  /** A fresh pair for `username`. */
  issue(username: string): IssuedToken {
    const now = this.clock.now();
    const { accessTokenSeconds, refreshTokenSeconds } = this.lifetimes;
    const pair: IssuedToken = {
      accessToken: token("at"),
      expiresIn: accessTokenSeconds,
      refreshToken: token("rt"),
      refreshExpiresIn: refreshTokenSeconds,
    };
    this.access.set(pair.accessToken, { username, expiresAt: now + accessTokenSeconds * 1000 });
    this.refresh.set(pair.refreshToken, { username, expiresAt: now + refreshTokenSeconds * 1000 });
    return pair;
  }

  /** Spends a refresh token (it rotates: the old one stops working); undefined when unknown or expired. */
  rotate(refreshToken: string): IssuedToken | undefined {
    const grant = this.refresh.get(refreshToken);
    if (!grant) return undefined;
    this.refresh.delete(refreshToken);
    if (this.clock.now() >= grant.expiresAt) return undefined;
    return this.issue(grant.username);
  }

  /** The user an access token belongs to, when it is live. */
  verify(accessToken: string): string | undefined {
    const grant = this.access.get(accessToken);
    if (!grant) return undefined;
    if (this.clock.now() >= grant.expiresAt) {
      this.access.delete(accessToken);
      return undefined;
    }
    return grant.username;
  }

  /** Ends a session; returns how many of the two tokens were live. */
  logout(accessToken: string, refreshToken: string): number {
    let known = 0;
    if (this.access.delete(accessToken)) known++;
    if (this.refresh.delete(refreshToken)) known++;
    return known;
  }

  /** Forgets every access token (a server-side invalidation the client cannot see coming). */
  revokeAccessTokens(): void {
    this.access.clear();
  }

  /** Forgets every refresh token (revoked mid-session). */
  revokeRefreshTokens(): void {
    this.refresh.clear();
  }

  /** Live token counts, for assertions; the tokens themselves stay inside. */
  live(): { accessTokens: number; refreshTokens: number } {
    const now = this.clock.now();
    const count = (m: Map<string, Grant>) =>
      [...m.values()].filter((g) => now < g.expiresAt).length;
    return { accessTokens: count(this.access), refreshTokens: count(this.refresh) };
  }

  /** Total token-endpoint requests so far. */
  totalTokenRequests(): number {
    return this.counts.password + this.counts.refresh + this.counts.logout;
  }
}
