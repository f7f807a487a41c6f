// The authorize page: the configured user approves at once and is sent back with a code (PKCE) or a token (implicit).
import type { KitReply, KitRequest } from "./request-types.js";
import type { TokenParties } from "./token-endpoint.js";
import type { AuthorizeEndpoint } from "./token-types.js";

/** Answers `GET <authorize path>?response_type=...`: a 302 back to the client, or a 400 page when it can't. */
export function answerAuthorize(
  endpoint: AuthorizeEndpoint,
  request: KitRequest,
  parties: TokenParties,
  approveAs: string | null | undefined,
): KitReply {
  const q = (name: string) => {
    const value = request.query[name];
    return typeof value === "string" ? value : undefined;
  };
  const clientId = q("client_id");
  const redirectUri = q("redirect_uri");
  const client = parties.clients.find((c) => c.clientId === clientId);
  // Without a known client and an allowed redirect URI there is nowhere safe to send an error.
  if (
    !client ||
    !redirectUri ||
    (client.redirectUris && !client.redirectUris.includes(redirectUri))
  ) {
    return page(400, "Unknown client or redirect URI.");
  }
  const state = q("state");
  const back = (params: Record<string, string>, inFragment: boolean): KitReply => {
    const url = new URL(redirectUri);
    const all = new URLSearchParams({ ...params, ...(state === undefined ? {} : { state }) });
    if (inFragment) url.hash = all.toString();
    else for (const [k, v] of all) url.searchParams.set(k, v);
    return { status: 302, text: "", headers: { location: url.href } };
  };
  const responseType = q("response_type");
  if (responseType !== "code" && responseType !== "token") {
    return back({ error: "unsupported_response_type" }, false);
  }
  if (!endpoint.responseTypes.includes(responseType)) {
    return back({ error: "unsupported_response_type" }, responseType === "token");
  }
  if (endpoint.requireState && responseType === "code" && !state) {
    return back({ error: "invalid_request", error_description: "state is required." }, false);
  }
  // A malformed request never reaches the user: PKCE is checked before consent.
  const challenge = q("code_challenge");
  const method = q("code_challenge_method");
  const pkceMissing = challenge === undefined || method !== "S256";
  if (responseType === "code" && (endpoint.requirePkce ?? true) && pkceMissing) {
    return back({ error: "invalid_request", error_description: "PKCE S256 is required." }, false);
  }
  if (approveAs === null) {
    const declined = { error: "access_denied", error_description: "The user declined." };
    return back(declined, responseType === "token");
  }
  const user = endpoint.approve
    ? endpoint.approve(request)
    : (approveAs ?? parties.users[0]?.username);
  if (user === undefined) return back({ error: "access_denied" }, responseType === "token");
  if (responseType === "token") {
    const tokens = parties.book.issue(user, { clientId: client.clientId });
    return back(
      {
        access_token: tokens.accessToken,
        token_type: tokens.tokenType,
        expires_in: String(tokens.expiresIn),
      },
      true,
    );
  }
  const code = parties.book.createCode({
    subject: user,
    clientId: client.clientId,
    redirectUri,
    challenge,
    state: endpoint.requireState ? state : undefined,
  });
  return back({ code }, false);
}

function page(status: number, message: string): KitReply {
  return {
    status,
    text: `<!DOCTYPE html><html><body><p>${message}</p></body></html>`,
    contentType: "text/html; charset=utf-8",
  };
}
