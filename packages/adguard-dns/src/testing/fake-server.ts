// `startFakeAdGuardDnsServer`: a real loopback HTTP server speaking AdGuard DNS's auth and API.
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  createFakeClock,
  type FakeClock,
  readRequestBody,
  startTestServer,
} from "@provider-clients/auth/testing";
import { isKnownApiPath, matchApiRoute } from "./fake-api-routes.js";
import type {
  ApiRequestRecord,
  FakeContext,
  FakeOAuthClient,
  FakeUser,
  TokenRequestRecord,
} from "./fake-context.js";
import { fakeAdGuardDnsCredentials as defaults } from "./fake-credentials.js";
import { applyFault, createFaults, type FakeFaults, type RouteGroup } from "./fake-faults.js";
import { type FakeRequest, sendEmpty } from "./fake-http.js";
import {
  createResources,
  type FakeLimits,
  type FakeResources,
  sampleQueryLog,
} from "./fake-resources.js";
import { createTokenAuthority } from "./fake-token-authority.js";
import {
  handleAuthorizeRequest,
  handleRevokeRequest,
  handleTokenRequest,
} from "./fake-token-routes.js";

/** Options for startFakeAdGuardDnsServer; every field has a default. */
export interface FakeAdGuardDnsServerOptions {
  /** The loopback port to listen on; default 0 (a free one). */
  port?: number | undefined;
  /** The server's clock (token lifetimes, `Date` header); default: a fake clock starting now. */
  clock?: FakeClock;
  /** Users for the password grant; default: the demo user and the MFA user of fakeAdGuardDnsCredentials. */
  users?: FakeUser[];
  apiKeys?: string[];
  clients?: FakeOAuthClient[];
  /** The user who approves authorize requests; null: every request is denied. Default: the demo user. */
  authorizeAs?: string | null;
  /** Access token lifetime in seconds (default 30 days). */
  accessTokenTtlSeconds?: number;
  /** Refresh token lifetime in seconds (default: until revoked or rotated). */
  refreshTokenTtlSeconds?: number;
  /** Hand out a new refresh token on each refresh and retire the old one (default true). */
  rotateRefreshTokens?: boolean;
  limits?: Partial<FakeLimits>;
}

/** Inspect and change what the fake server holds. */
export interface FakeAdGuardDnsState {
  /** Devices, DNS server profiles, query log and limits. */
  readonly resources: FakeResources;
  readonly tokenRequests: readonly TokenRequestRecord[];
  /** Token endpoint calls, optionally of one grant type. */
  tokenRequestCount(grantType?: string): number;
  readonly revocations: readonly { at: number; known: boolean }[];
  readonly apiRequests: readonly ApiRequestRecord[];
  /** Adds an account that can sign in with a password (and MFA when it has a secret). */
  addUser(user: FakeUser): void;
  /** Accepts `key` as an API key from now on. */
  addApiKey(key: string): void;
  /** Refuses `key` from now on. */
  removeApiKey(key: string): void;
  /** Registers an OAuth client for the authorize flows. */
  registerClient(client: FakeOAuthClient): void;
  /** Who approves authorize requests; undefined makes the user deny. */
  authorizeAs: string | undefined;
  /** Invalidates every access token on the server side (the next API call gets 401). */
  revokeAllAccessTokens(): void;
  /** Revokes every refresh token (the next refresh gets 401). */
  revokeAllRefreshTokens(): void;
  /** How many access tokens are live and refresh tokens active now. */
  tokenCounts(): { liveAccessTokens: number; activeRefreshTokens: number };
  /** Adds `count` query-log entries between `from` and `to` (default: the last hour of the clock). */
  seedQueryLog(count: number, range?: { from?: number; to?: number }): void;
}

/** A running fake AdGuard DNS server. */
export interface FakeAdGuardDnsServer {
  /** `http://127.0.0.1:<port>`: pass as `baseUrl`. */
  url: string;
  /** Stops the server. */
  close(): Promise<void>;
  clock: FakeClock;
  state: FakeAdGuardDnsState;
  faults: FakeFaults;
}

const thirtyDays = 30 * 24 * 60 * 60;

/** Starts the fake on 127.0.0.1 (a free port). Node only. */
export async function startFakeAdGuardDnsServer(
  options: FakeAdGuardDnsServerOptions = {},
): Promise<FakeAdGuardDnsServer> {
  const clock = options.clock ?? createFakeClock(Date.now());
  const users = options.users ?? [
    { username: defaults.username, password: defaults.password },
    { username: defaults.mfaUsername, password: defaults.mfaPassword, mfaToken: defaults.mfaToken },
  ];
  const clients = options.clients ?? [
    { clientId: defaults.clientId, redirectUris: [defaults.redirectUri] },
  ];
  const ctx: FakeContext = {
    clock,
    users: new Map(users.map((user) => [user.username, user])),
    apiKeys: new Set(options.apiKeys ?? [defaults.apiKey]),
    clients: new Map(clients.map((client) => [client.clientId, client])),
    tokens: createTokenAuthority(clock, {
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? thirtyDays,
      refreshTokenTtlSeconds: options.refreshTokenTtlSeconds,
      rotateRefreshTokens: options.rotateRefreshTokens ?? true,
      codeTtlSeconds: 600,
    }),
    resources: createResources({
      devices: 100,
      dns_servers: 20,
      access_rules: 1000,
      dedicated_ipv4: 5,
      requests: 1_000_000,
      user_rules: 1000,
      ...options.limits,
    }),
    tokenRequests: [],
    revocations: [],
    apiRequests: [],
    authorizeAs:
      options.authorizeAs === null ? undefined : (options.authorizeAs ?? defaults.username),
  };
  const faults = createFaults();
  const server = await startTestServer(
    (request, response) => handle(ctx, faults, request, response),
    options.port,
  );
  return { url: server.url, close: server.close, clock, faults, state: stateView(ctx) };
}

// One request: faults first, then the auth endpoints, then the authenticated API.
async function handle(
  ctx: FakeContext,
  faults: ReturnType<typeof createFaults>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = (request.method ?? "GET").toUpperCase();
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const body = await readRequestBody(request);
  response.setHeader("date", new Date(ctx.clock.now()).toUTCString());
  response.setHeader("x-request-id", randomUUID());
  const group = routeGroup(url.pathname);
  const fault = faults.take(group, method, url.pathname);
  if (fault && (await applyFault(fault, request, response))) return;
  const fakeRequest: FakeRequest = { method, url, headers: request.headers, body };
  const expect = (allowed: string, run: () => void) =>
    method === allowed ? run() : sendEmpty(response, 405, { allow: allowed });
  if (group === "token")
    return expect("POST", () => handleTokenRequest(ctx, fakeRequest, response));
  if (group === "revoke")
    return expect("POST", () => handleRevokeRequest(ctx, fakeRequest, response));
  if (group === "authorize")
    return expect("GET", () => handleAuthorizeRequest(ctx, fakeRequest, response));

  const credential = credentialOf(ctx, request.headers.authorization);
  const record = (status: number) =>
    ctx.apiRequests.push({ method, path: url.pathname, status, credential, at: ctx.clock.now() });
  if (credential === "none" || credential === "invalid") {
    // The vendor documents no body for a rejected credential; an empty 401 is sent.
    sendEmpty(response, 401, { "www-authenticate": "Bearer" });
    return void record(401);
  }
  const route = matchApiRoute(method, url.pathname);
  if (route) route(ctx, fakeRequest, response);
  else sendEmpty(response, isKnownApiPath(url.pathname) ? 405 : 404);
  record(response.statusCode);
}

function routeGroup(path: string): RouteGroup {
  if (path === "/oapi/v1/oauth_token") return "token";
  if (path === "/oapi/v1/revoke_token") return "revoke";
  if (path === "/oapi/v1/oauth_authorize") return "authorize";
  return "api";
}

// Which credential an Authorization header carries, and whether the server accepts it.
function credentialOf(
  ctx: FakeContext,
  header: string | undefined,
): ApiRequestRecord["credential"] {
  if (!header) return "none";
  const apiKey = /^ApiKey (.+)$/.exec(header);
  if (apiKey) return ctx.apiKeys.has(apiKey[1]!) ? "api-key" : "invalid";
  const bearer = /^Bearer (.+)$/i.exec(header);
  if (bearer) return ctx.tokens.userOfAccessToken(bearer[1]!) ? "bearer" : "invalid";
  return "invalid";
}

function stateView(ctx: FakeContext): FakeAdGuardDnsState {
  return {
    resources: ctx.resources,
    tokenRequests: ctx.tokenRequests,
    tokenRequestCount: (grantType) =>
      ctx.tokenRequests.filter((r) => grantType === undefined || r.grantType === grantType).length,
    revocations: ctx.revocations,
    apiRequests: ctx.apiRequests,
    addUser: (user) => void ctx.users.set(user.username, user),
    addApiKey: (key) => void ctx.apiKeys.add(key),
    removeApiKey: (key) => void ctx.apiKeys.delete(key),
    registerClient: (client) => void ctx.clients.set(client.clientId, client),
    get authorizeAs() {
      return ctx.authorizeAs;
    },
    set authorizeAs(username) {
      ctx.authorizeAs = username;
    },
    revokeAllAccessTokens: () => ctx.tokens.revokeAllAccessTokens(),
    revokeAllRefreshTokens: () => ctx.tokens.revokeAllRefreshTokens(),
    tokenCounts: () => ctx.tokens.counts(),
    seedQueryLog(count, range = {}) {
      const to = range.to ?? ctx.clock.now();
      const from = range.from ?? to - 60 * 60 * 1000;
      const server = ctx.resources.dnsServerRows().at(-1)?.value;
      const device = ctx.resources.deviceRows()[0]?.value;
      ctx.resources.addQueryLogEntries(
        sampleQueryLog(count, {
          from,
          to,
          deviceId: device?.id ?? "00000000",
          dnsServerId: device?.dns_server_id ?? server?.id ?? "00000000",
        }),
      );
    },
  };
}
