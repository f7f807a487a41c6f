// Answers a token (or revoke) request: reads the grant in the provider's wire format, decides, spells the answer.
import type { KitReply, KitRequest } from "./request-types.js";
import { sameSecret } from "./same-secret.js";
import type { TokenBook } from "./token-authority.js";
import type {
  FakeClient,
  FakeUser,
  IssuedTokens,
  TokenEndpoint,
  TokenGrantRequest,
  TokenPolicy,
  TokenRefusal,
} from "./token-types.js";

/** Who may ask for tokens. */
export interface TokenParties {
  book: TokenBook;
  policy: TokenPolicy;
  clients: readonly FakeClient[];
  users: readonly FakeUser[];
}

/** One token endpoint request, answered, and the grant it asked for (for the request log). */
export function answerTokenRequest(
  endpoint: TokenEndpoint,
  request: KitRequest,
  parties: TokenParties,
): { reply: KitReply; grant: string } {
  const grant = (endpoint.read ?? readOAuthGrant)(request);
  const outcome = decide(grant, endpoint, parties);
  const reply =
    outcome === "revoked"
      ? (endpoint.revoked?.(request) ?? { status: 200, body: {} })
      : "error" in outcome
        ? (endpoint.refuse ?? writeOAuthRefusal)(outcome, request)
        : (endpoint.write ?? writeOAuthTokens)(outcome, request);
  return { reply, grant: grant.grant };
}

function decide(
  grant: TokenGrantRequest,
  endpoint: TokenEndpoint,
  { book, policy, clients, users }: TokenParties,
): IssuedTokens | TokenRefusal | "revoked" {
  if (grant.grant === "unsupported" || !endpoint.grants.includes(grant.grant)) {
    return refusal("unsupported_grant_type", "The grant type is not supported here.");
  }
  if (grant.grant === "revoke") {
    if (!grant.token) return refusal("invalid_request", "A token is required.");
    book.revoke(grant.token);
    return "revoked";
  }
  const client =
    grant.clientId === undefined ? undefined : clients.find((c) => c.clientId === grant.clientId);
  const clientOk =
    client !== undefined &&
    (client.clientSecret === undefined
      ? grant.clientSecret === undefined
      : grant.clientSecret !== undefined && sameSecret(client.clientSecret, grant.clientSecret));
  switch (grant.grant) {
    case "client_credentials":
      if (!clientOk || client?.clientSecret === undefined) return invalidClient();
      return book.issue(client.clientId, {
        refresh: policy.refreshForClientCredentials === true,
        clientId: client.clientId,
      });
    case "password": {
      if (grant.clientId !== undefined && !clientOk) return invalidClient();
      if (!grant.username || grant.password === undefined) {
        return refusal("invalid_request", "username and password are required.");
      }
      const user = users.find((u) => u.username === grant.username);
      if (!user || !sameSecret(user.password, grant.password)) {
        return refusal("invalid_grant", "The username or password is wrong.");
      }
      if (user.mfaCode !== undefined) {
        if (grant.mfaCode === undefined)
          return refusal("mfa_required", "A one-time code is required.");
        if (!sameSecret(user.mfaCode, grant.mfaCode))
          return { ...refusal("invalid_grant", "The one-time code is wrong."), wrongMfaCode: true };
      }
      return book.issue(user.username, { refresh: true, clientId: grant.clientId });
    }
    case "refresh_token": {
      if (grant.clientId !== undefined && !clientOk) return invalidClient();
      if (!grant.refreshToken) return refusal("invalid_request", "A refresh token is required.");
      return (
        book.refresh(grant.refreshToken, grant.clientId) ??
        refusal("invalid_grant", "The refresh token is not valid.")
      );
    }
    case "authorization_code": {
      if (!clientOk || client === undefined) return invalidClient();
      if (!grant.code || !grant.redirectUri)
        return refusal("invalid_request", "code and redirect_uri are required.");
      const tokens = book.redeemCode({
        code: grant.code,
        clientId: client.clientId,
        redirectUri: grant.redirectUri,
        verifier: grant.codeVerifier,
        state: grant.state,
      });
      return tokens ?? refusal("invalid_grant", "The code is not valid.");
    }
  }
}

function refusal(error: TokenRefusal["error"], description: string): TokenRefusal {
  return { error, description, status: error === "invalid_client" ? 401 : 400 };
}

const invalidClient = () => refusal("invalid_client", "Client authentication failed.");

/** RFC 6749: grant from a form or JSON body, the client from HTTP Basic or `client_id`/`client_secret`. */
export function readOAuthGrant(request: KitRequest): TokenGrantRequest {
  const fields = fieldsOf(request.body);
  const basic = readBasic(request.headers.authorization);
  const client = {
    ...(basic ? { clientId: basic.id, clientSecret: basic.secret } : {}),
    ...(!basic && fields.client_id !== undefined ? { clientId: fields.client_id } : {}),
    ...(!basic && fields.client_secret !== undefined ? { clientSecret: fields.client_secret } : {}),
  };
  const only = <T extends object>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
  switch (fields.grant_type) {
    case "client_credentials":
      return { grant: "client_credentials", ...client };
    case "password":
      return only({
        grant: "password" as const,
        username: fields.username,
        password: fields.password,
        mfaCode: fields.mfa_token ?? fields.mfa_code ?? fields.otp,
        ...client,
      });
    case "refresh_token":
      return only({
        grant: "refresh_token" as const,
        refreshToken: fields.refresh_token,
        ...client,
      });
    case "authorization_code":
      return only({
        grant: "authorization_code" as const,
        code: fields.code,
        redirectUri: fields.redirect_uri,
        codeVerifier: fields.code_verifier,
        state: fields.state,
        ...client,
      });
    default:
      if (fields.token !== undefined && fields.grant_type === undefined) {
        return { grant: "revoke", token: fields.token };
      }
      return { grant: "unsupported", name: fields.grant_type ?? "" };
  }
}

/** RFC 6749 success JSON, never cached. */
export function writeOAuthTokens(tokens: IssuedTokens): KitReply {
  const body: Record<string, unknown> = {
    access_token: tokens.accessToken,
    token_type: tokens.tokenType,
    expires_in: tokens.expiresIn,
  };
  if (tokens.refreshToken !== undefined) body.refresh_token = tokens.refreshToken;
  return { status: 200, body, headers: noStore };
}

/** RFC 6749 error JSON: `{ error, error_description }`. */
export function writeOAuthRefusal(refusal: TokenRefusal): KitReply {
  return {
    status: refusal.status,
    body: { error: refusal.error, error_description: refusal.description },
    headers: noStore,
  };
}

const noStore = { "cache-control": "no-store", pragma: "no-cache" };

/** String fields of a parsed form or JSON body (other values dropped). */
export function fieldsOf(body: unknown): Record<string, string | undefined> {
  if (typeof body !== "object" || body === null) return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === "string") out[key] = value;
    else if (typeof value === "number" || typeof value === "boolean") out[key] = String(value);
  }
  return out;
}

/** Decodes `Basic base64(id:secret)`; undefined when absent or malformed. */
export function readBasic(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return undefined;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
