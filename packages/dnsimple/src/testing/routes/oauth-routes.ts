// The OAuth 2.0 code flow: a simulated authorize page and the JSON token endpoint on the API host.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Clock } from "@provider-clients/auth";
import type { FakeOAuthApp } from "../fake-records.js";
import type { FakeReply, Route } from "../router.js";
import { isReply, jsonObject, type RouteDeps } from "./replies.js";

/** Options of the OAuth routes. */
export interface OAuthRouteDeps extends RouteDeps {
  clock: Pick<Clock, "now">;
  /** How long an authorization code can be exchanged; default 10 minutes. */
  codeLifetimeMs: number;
}

const REQUIRED = [
  "client_id",
  "client_secret",
  "code",
  "grant_type",
  "redirect_uri",
  "state",
] as const;

/** GET /oauth/authorize (the user approves or denies at once) and POST /v2/oauth/access_token. */
export function oauthRoutes({ state, clock, codeLifetimeMs }: OAuthRouteDeps): Route[] {
  return [
    {
      method: "GET",
      template: "/oauth/authorize",
      authenticated: false,
      handle({ request }) {
        const query = request.query;
        const app = state.apps.get(query.get("client_id") ?? "");
        if (!app) return errorPage(400, "Unknown OAuth application");
        const redirectUri = query.get("redirect_uri") ?? app.redirectUri;
        if (redirectUri !== app.redirectUri)
          return errorPage(400, "The redirect URI is not registered");
        const stateValue = query.get("state");
        const back = new URL(redirectUri);
        if (stateValue) back.searchParams.set("state", stateValue);
        if (query.get("response_type") !== "code") {
          return redirectWithError(back, "unsupported_response_type");
        }
        if (!stateValue) return redirectWithError(back, "invalid_request", "state is required");
        if (state.consent === "deny") return redirectWithError(back, "access_denied");
        const accountId = Number(query.get("account_id") ?? state.consentAccountId);
        if (!state.accounts.has(accountId)) return redirectWithError(back, "access_denied");
        const code = randomBytes(16).toString("hex");
        state.codes.set(code, {
          clientId: app.clientId,
          redirectUri,
          state: stateValue,
          accountId,
          expiresAt: clock.now() + codeLifetimeMs,
        });
        back.searchParams.set("code", code);
        return { status: 302, location: back.toString() };
      },
    },
    {
      method: "POST",
      template: "/v2/oauth/access_token",
      authenticated: false,
      handle({ request }) {
        const body = jsonObject(request);
        if (isReply(body))
          return oauthError(400, "invalid_request", "the body must be a JSON object");
        const missing = REQUIRED.filter(
          (name) => typeof body[name] !== "string" || body[name] === "",
        );
        if (missing.length > 0) {
          return oauthError(400, "invalid_request", `missing ${missing.join(", ")}`);
        }
        const field = (name: (typeof REQUIRED)[number]) => body[name] as string;
        if (field("grant_type") !== "authorization_code") {
          return oauthError(400, "invalid_request", "grant_type must be authorization_code");
        }
        const app = state.apps.get(field("client_id"));
        if (!app || !sameSecret(app, field("client_secret"))) {
          return oauthError(401, "invalid_client", "client authentication failed");
        }
        const grant = state.codes.get(field("code"));
        // Single use: a presented code is spent whatever the outcome.
        state.codes.delete(field("code"));
        if (!grant || grant.expiresAt <= clock.now()) {
          return oauthError(400, "invalid_grant", "the code is unknown, used or expired");
        }
        if (grant.clientId !== app.clientId) {
          return oauthError(400, "invalid_grant", "the code was issued to another client");
        }
        if (grant.redirectUri !== field("redirect_uri")) {
          return oauthError(
            400,
            "invalid_grant",
            "redirect_uri does not match the authorization request",
          );
        }
        if (grant.state !== field("state")) {
          return oauthError(400, "invalid_grant", "state does not match the authorization request");
        }
        const accessToken = state.issueToken({
          accountId: grant.accountId,
          clientId: app.clientId,
        });
        return {
          status: 200,
          body: {
            access_token: accessToken,
            token_type: "bearer",
            scope: null,
            account_id: grant.accountId,
          },
        };
      },
    },
  ];
}

const oauthError = (status: number, error: string, description: string): FakeReply => ({
  status,
  body: { error, error_description: description },
});

const errorPage = (status: number, message: string): FakeReply => ({
  status,
  html: `<!doctype html><title>Authorization error</title><p>${message}</p>`,
});

function redirectWithError(back: URL, error: string, description?: string): FakeReply {
  back.searchParams.set("error", error);
  if (description) back.searchParams.set("error_description", description);
  return { status: 302, location: back.toString() };
}

// Constant time, as a real server would compare client secrets.
function sameSecret(app: FakeOAuthApp, given: string): boolean {
  const expected = Buffer.from(app.clientSecret);
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
