// The fake `GET /oauth2/token`: client credentials in HTTP Basic, 8-hour bearer tokens.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { FakeDynuClient } from "./fake-credentials.js";
import { writeJson } from "./fake-responses.js";
import type { FakeDynuState } from "./fake-state.js";

/** What the token endpoint needs from the server. */
export interface TokenEndpointContext {
  state: FakeDynuState;
  clients: readonly FakeDynuClient[];
  lifetimeSeconds: number;
  now: number;
}

/** Answers a token request: 200 with OAuth JSON, or 401 `invalid_client`. */
export function handleTokenRequest(
  request: IncomingMessage,
  response: ServerResponse,
  ctx: TokenEndpointContext,
): void {
  const presented = parseBasic(request.headers.authorization);
  const client = presented && ctx.clients.find((c) => sameClient(c, presented));
  if (!client) {
    writeJson(
      response,
      ctx.now,
      401,
      { error: "invalid_client", error_description: "Client authentication failed." },
      { "www-authenticate": 'Basic realm="Dynu API"', "cache-control": "no-store" },
    );
    return;
  }
  const accessToken = randomBytes(24).toString("hex");
  ctx.state.issueToken(accessToken, client.clientId, ctx.lifetimeSeconds);
  writeJson(
    response,
    ctx.now,
    200,
    {
      access_token: accessToken,
      token_type: "bearer",
      expires_in: ctx.lifetimeSeconds,
      roles: ["user"],
    },
    { "cache-control": "no-store", pragma: "no-cache" },
  );
}

/** Decodes `Basic base64(id:secret)`; undefined when absent or malformed. */
function parseBasic(header: string | undefined): FakeDynuClient | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return undefined;
  return { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) };
}

// Constant-time comparison of the secret, as a real server would do.
function sameClient(expected: FakeDynuClient, presented: FakeDynuClient): boolean {
  if (expected.clientId !== presented.clientId) return false;
  const a = Buffer.from(expected.clientSecret, "utf8");
  const b = Buffer.from(presented.clientSecret, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
