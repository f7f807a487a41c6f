// A scriptable OAuth token server + one protected API route, on a real loopback socket.
import type { IncomingMessage, ServerResponse } from "node:http";
import { readRequestBody, sendJson, startTestServer } from "../../src/testing/index.js";
import type { Clock } from "../../src/types.js";

/** A scripted answer for the next token request. */
export type ScriptedReply =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { network: true };

export interface FakeTokenServerOptions {
  clock: Clock;
  /** Access token lifetime in seconds (default 1800). */
  expiresIn?: number;
  /** Refresh token lifetime in seconds; omitted from responses when undefined. */
  refreshExpiresIn?: number;
  /** Issue a new refresh token on every refresh (default true). */
  rotate?: boolean;
  /** Include a refresh token in refresh responses at all (default true). */
  returnRefreshToken?: boolean;
  /** Hold each token response until `release()` (to observe concurrency). */
  hold?: boolean;
}

export interface FakeTokenServer {
  url: string;
  tokenUrl: string;
  apiUrl: string;
  /** Token requests received, by grant type. */
  grants: string[];
  /** Highest number of token requests being handled at once. */
  maxInFlight: number;
  /** Every Authorization header the API route saw, with whether it was valid then. */
  apiCalls: { authorization: string | undefined; valid: boolean; body: string }[];
  /** Queue scripted replies for the next token requests. */
  script(...replies: ScriptedReply[]): void;
  /** Makes the API route answer 401 for this access token. */
  revokeAccessToken(token: string): void;
  /** Make every API call answer 401 while true. */
  alwaysUnauthorized: boolean;
  /** Releases held token responses. */
  release(): void;
  /** Refresh tokens that have been spent (rotation) or revoked. */
  spentRefreshTokens: Set<string>;
  validAccessTokens(): string[];
  close(): Promise<void>;
}

/** Starts the fake server; tokens are `at-<n>` / `rt-<n>` so tests can tell them apart. */
export async function startFakeTokenServer(
  options: FakeTokenServerOptions,
): Promise<FakeTokenServer> {
  const expiresIn = options.expiresIn ?? 1800;
  const rotate = options.rotate ?? true;
  let counter = 0;
  let inFlight = 0;
  const queue: ScriptedReply[] = [];
  const access = new Map<string, number>(); // token -> expiresAt
  const refresh = new Set<string>();
  const held: (() => void)[] = [];
  const state = {
    grants: [] as string[],
    maxInFlight: 0,
    apiCalls: [] as FakeTokenServer["apiCalls"],
    alwaysUnauthorized: false,
    spentRefreshTokens: new Set<string>(),
  };

  const issue = (withRefresh: boolean) => {
    counter += 1;
    const accessToken = `at-${counter}`;
    access.set(accessToken, options.clock.now() + expiresIn * 1000);
    const body: Record<string, unknown> = {
      access_token: accessToken,
      token_type: "bearer",
      expires_in: expiresIn,
      scope: "read write",
    };
    if (withRefresh) {
      const refreshToken = `rt-${counter}`;
      refresh.add(refreshToken);
      body.refresh_token = refreshToken;
      if (options.refreshExpiresIn !== undefined)
        body.refresh_expires_in = options.refreshExpiresIn;
    }
    return body;
  };

  const token = async (request: IncomingMessage, response: ServerResponse) => {
    inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    try {
      const form = new URLSearchParams(await readRequestBody(request));
      const grant = form.get("grant_type") ?? "none";
      state.grants.push(grant);
      if (options.hold) await new Promise<void>((resolve) => held.push(resolve));
      const scripted = queue.shift();
      if (scripted && "network" in scripted) {
        response.socket?.destroy();
        return;
      }
      if (scripted) {
        sendJson(response, scripted.status, scripted.body ?? {}, scripted.headers);
        return;
      }
      if (grant === "refresh_token") {
        const presented = form.get("refresh_token") ?? "";
        if (!refresh.has(presented)) {
          sendJson(response, 400, {
            error: "invalid_grant",
            error_description: "unknown refresh token",
          });
          return;
        }
        if (rotate) {
          refresh.delete(presented);
          state.spentRefreshTokens.add(presented);
        }
        const body = issue(rotate && (options.returnRefreshToken ?? true));
        sendJson(response, 200, body);
        return;
      }
      if (form.get("client_secret") !== "s3cret-client") {
        sendJson(response, 401, { error: "invalid_client" });
        return;
      }
      sendJson(response, 200, issue(true));
    } finally {
      inFlight -= 1;
    }
  };

  const api = async (request: IncomingMessage, response: ServerResponse) => {
    const authorization = request.headers.authorization;
    const bearer = authorization?.replace(/^Bearer /, "") ?? "";
    const expiresAt = access.get(bearer);
    const valid =
      !state.alwaysUnauthorized && expiresAt !== undefined && options.clock.now() < expiresAt;
    const body = await readRequestBody(request);
    state.apiCalls.push({ authorization, valid, body });
    if (!valid) {
      sendJson(response, 401, { error: "invalid_token" });
      return;
    }
    sendJson(response, 200, { ok: true, echo: body });
  };

  const server = await startTestServer(async (request, response) => {
    if (request.url?.startsWith("/oauth/token")) return token(request, response);
    if (request.url?.startsWith("/oauth/revoke")) {
      const form = new URLSearchParams(await readRequestBody(request));
      const revoked = form.get("token") ?? "";
      access.delete(revoked);
      refresh.delete(revoked);
      state.grants.push("revoke");
      response.writeHead(200).end();
      return;
    }
    if (request.url?.startsWith("/api/")) return api(request, response);
    sendJson(response, 404, { error: "not_found" });
  });

  return Object.assign(state, {
    url: server.url,
    tokenUrl: `${server.url}/oauth/token`,
    apiUrl: `${server.url}/api`,
    script: (...replies: ScriptedReply[]) => queue.push(...replies),
    revokeAccessToken: (value: string) => access.delete(value),
    release: () => {
      for (const resolve of held.splice(0)) resolve();
    },
    validAccessTokens: () => [...access.keys()],
    close: server.close,
  });
}
