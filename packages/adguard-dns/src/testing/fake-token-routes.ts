// The fake's authentication endpoints: oauth_token, revoke_token and oauth_authorize.
import type { ServerResponse } from "node:http";
import type { FakeContext, TokenRequestRecord } from "./fake-context.js";
import {
  type FakeRequest,
  hasContentType,
  sendEmpty,
  sendJson,
  validationError,
} from "./fake-http.js";
import type { IssuedTokens } from "./fake-token-authority.js";

type Outcome = TokenRequestRecord["outcome"];

/** POST /oapi/v1/oauth_token: form-encoded password, refresh_token and authorization_code grants. */
export function handleTokenRequest(
  ctx: FakeContext,
  request: FakeRequest,
  response: ServerResponse,
): void {
  const grantType = hasContentType(request.headers, "application/x-www-form-urlencoded")
    ? new URLSearchParams(request.body).get("grant_type")
    : null;
  const record = (outcome: Outcome) =>
    ctx.tokenRequests.push({ grantType: grantType ?? "", at: ctx.clock.now(), outcome });
  const noStore = { "cache-control": "no-store" };

  if (!hasContentType(request.headers, "application/x-www-form-urlencoded")) {
    record("invalid");
    sendJson(
      response,
      400,
      validationError([], "BAD_REQUEST", "expected a form-encoded body"),
      noStore,
    );
    return;
  }
  const form = new URLSearchParams(request.body);
  const missing = (names: string[]) => names.filter((name) => !form.get(name));
  const requireFields = (names: string[]): boolean => {
    const absent = missing(names);
    if (absent.length === 0) return true;
    record("invalid");
    sendJson(
      response,
      400,
      validationError(absent.map((field) => ({ field, error_code: "FIELD_REQUIRED" }))),
      noStore,
    );
    return false;
  };
  const issued = (body: IssuedTokens) => {
    record("issued");
    sendJson(response, 200, body, noStore);
  };
  const unauthorized = (description: string, errorCode?: string) => {
    record(errorCode === "2fa_required" ? "mfa_required" : "rejected");
    const body: Record<string, string> = { error: "unauthorized", error_description: description };
    if (errorCode) body.error_code = errorCode;
    sendJson(response, 401, body, noStore);
  };

  if (!requireFields(["grant_type"])) return;
  switch (grantType) {
    case "password": {
      if (!requireFields(["username", "password"])) return;
      const user = ctx.users.get(form.get("username")!);
      if (!user || user.password !== form.get("password")) {
        unauthorized("wrong username or password");
        return;
      }
      if (user.mfaToken !== undefined && form.get("mfa_token") !== user.mfaToken) {
        unauthorized("a valid two-factor code is needed", "2fa_required");
        return;
      }
      issued(ctx.tokens.issue(user.username, undefined, true));
      return;
    }
    case "refresh_token": {
      if (!requireFields(["refresh_token"])) return;
      const body = ctx.tokens.refresh(form.get("refresh_token")!);
      if (body) issued(body);
      else unauthorized("refresh token is invalid, expired or revoked");
      return;
    }
    case "authorization_code": {
      if (!requireFields(["code", "client_id", "code_verifier", "redirect_uri"])) return;
      const body = ctx.tokens.redeemCode({
        code: form.get("code")!,
        clientId: form.get("client_id")!,
        redirectUri: form.get("redirect_uri")!,
        verifier: form.get("code_verifier")!,
      });
      if (body) issued(body);
      else unauthorized("authorization code or code_verifier is invalid");
      return;
    }
    default:
      record("invalid");
      sendJson(
        response,
        400,
        validationError([{ field: "grant_type", error_code: "FIELD_WRONG_VALUE" }]),
        noStore,
      );
  }
}

/** POST /oapi/v1/revoke_token?refresh_token=...: 200 whether or not the token was known. */
export function handleRevokeRequest(
  ctx: FakeContext,
  request: FakeRequest,
  response: ServerResponse,
): void {
  const token = request.url.searchParams.get("refresh_token");
  if (!token) {
    sendJson(
      response,
      400,
      validationError([{ field: "refresh_token", error_code: "FIELD_REQUIRED" }]),
    );
    return;
  }
  ctx.revocations.push({ at: ctx.clock.now(), known: ctx.tokens.revokeRefreshToken(token) });
  sendEmpty(response, 200);
}

/**
 * GET /oapi/v1/oauth_authorize: the user (`authorizeAs`) approves at once and is sent back to
 * `redirect_uri` with a code (query) or an access token (fragment). An unknown client or
 * redirect URI gets a 400 page, never a redirect.
 */
export function handleAuthorizeRequest(
  ctx: FakeContext,
  request: FakeRequest,
  response: ServerResponse,
): void {
  const query = request.url.searchParams;
  const clientId = query.get("client_id") ?? "";
  const redirectUri = query.get("redirect_uri") ?? "";
  const client = ctx.clients.get(clientId);
  if (!client?.redirectUris.includes(redirectUri)) {
    response.writeHead(400, { "content-type": "text/plain" });
    response.end("unknown client_id or redirect_uri");
    return;
  }
  const state = query.get("state");
  const responseType = query.get("response_type");
  const back = (params: Record<string, string>, inFragment: boolean) => {
    const target = new URL(redirectUri);
    const values = new URLSearchParams(params);
    if (state !== null) values.set("state", state);
    if (inFragment) target.hash = values.toString();
    else for (const [name, value] of values) target.searchParams.set(name, value);
    sendEmpty(response, 302, { location: target.toString() });
  };
  if (responseType !== "token" && responseType !== "code") {
    back({ error: "unsupported_response_type" }, false);
    return;
  }
  const inFragment = responseType === "token";
  const challenge = query.get("code_challenge");
  if (responseType === "code" && (!challenge || query.get("code_challenge_method") !== "S256")) {
    back({ error: "invalid_request", error_description: "PKCE with S256 is required" }, false);
    return;
  }
  const username = ctx.authorizeAs;
  if (username === undefined || !ctx.users.has(username)) {
    back({ error: "access_denied", error_description: "the user declined" }, inFragment);
    return;
  }
  if (responseType === "token") {
    const tokens = ctx.tokens.issue(username, clientId, false);
    back(
      {
        access_token: tokens.access_token,
        token_type: tokens.token_type,
        expires_in: String(tokens.expires_in),
      },
      true,
    );
    return;
  }
  const code = ctx.tokens.createCode({ username, clientId, redirectUri, challenge: challenge! });
  back({ code }, false);
}
