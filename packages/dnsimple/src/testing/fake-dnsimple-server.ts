// A fake DNSimple on 127.0.0.1 for tests, the tour and `fake`: the kit, configured, with the seeded account, token and OAuth app.
import {
  type FakeClient,
  type FakeServer,
  type FakeServerOptions,
  type KitItem,
  startFakeServer,
} from "@provider-clients/auth/testing";
import { type DnsimpleWorld, dnsimpleFakeConfig } from "./fake-dnsimple-config.js";

/** DNSimple's hourly quota in X-RateLimit-* headers: `limit` requests (default 2400) per `windowMs` (default one hour). */
export type RateLimitOptions = { limit?: number | undefined; windowMs?: number | undefined };

/** Options for startFakeDnsimpleServer: the kit's, plus the quota and the code lifetime. */
export interface FakeDnsimpleServerOptions extends FakeServerOptions {
  rateLimit?: RateLimitOptions | undefined;
  /** How long an authorization code can be exchanged; default 10 minutes. */
  codeLifetimeMs?: number | undefined;
}

/** A registered OAuth application of the fake. */
export interface FakeOAuthApp {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/** The seeded account, as whoami and /accounts show it. */
export type FakeAccount = KitItem & { id: number; email: string; plan_identifier: string };

/**
 * A running fake DNSimple: the kit's methods (resources `accounts`, `users`, `domains` under an
 * account, `zones` under an account, `records` under a zone name), plus DNSimple's seeded
 * credentials, its authorize page and what the simulated user answers there.
 */
export interface FakeDnsimpleServer extends FakeServer {
  /** The web host's authorize page, to pass as `authorizeEndpoint`. */
  readonly authorizeEndpoint: string;
  /** The seeded account; tokens act for an account (subject: its id) or a user (`user:<id>`). */
  readonly account: FakeAccount;
  /** An access token for the seeded account, as from the DNSimple dashboard (never expires). */
  readonly accessToken: string;
  /** The registered OAuth application (client id, secret, redirect URI). */
  readonly app: FakeOAuthApp;
  /** What the simulated user answers on the authorize page (default "approve"). */
  consent: "approve" | "deny";
  /** Plays the user on the authorize page: returns the redirect target (with `code` and `state`, or an `error`). */
  authorize(authorizeUrl: string): Promise<string>;
}

/** Starts a fake DNSimple on 127.0.0.1 answering all 111 operations, its token endpoint and authorize page. */
export async function startFakeDnsimpleServer(
  options: FakeDnsimpleServerOptions = {},
): Promise<FakeDnsimpleServer> {
  const { rateLimit = {}, codeLifetimeMs, ...kitOptions } = options;
  const world: DnsimpleWorld = {
    rateLimit: {
      limit: rateLimit.limit ?? 2400,
      windowSeconds: (rateLimit.windowMs ?? 3_600_000) / 1000,
    },
    consent: "approve",
  };
  const config = dnsimpleFakeConfig(world);
  const policy = {
    ...config.auth.policy,
    ...(codeLifetimeMs === undefined ? {} : { codeTtlSeconds: codeLifetimeMs / 1000 }),
  };
  const fake = await startFakeServer({ ...config, auth: { ...config.auth, policy } }, kitOptions);
  const [client] = (kitOptions.clients ?? config.credentials.clients ?? []) as FakeClient[];
  const account = fake.state("accounts")[0] as unknown as FakeAccount;
  return {
    ...fake,
    authorizeEndpoint: `${fake.origin}/oauth/authorize`,
    account,
    accessToken: fake.tokens.issue(String(account.id)).accessToken,
    app: {
      clientId: client?.clientId ?? "",
      clientSecret: client?.clientSecret ?? "",
      redirectUri: client?.redirectUris?.[0] ?? "",
    },
    get consent() {
      return world.consent;
    },
    set consent(answer: "approve" | "deny") {
      world.consent = answer;
    },
    async authorize(authorizeUrl: string) {
      const response = await fetch(authorizeUrl, { redirect: "manual" });
      await response.body?.cancel();
      const location = response.headers.get("location");
      if (response.status !== 302 || !location) {
        throw new Error(`authorize page answered HTTP ${response.status} without a redirect`);
      }
      return location;
    },
  };
}
