// Calls AdGuard DNS's token endpoint with a form body and reads the answer into a TokenSet.
import {
  type GrantContext,
  OAuthError,
  requestToken,
  type TokenSet,
  tokenSetFromOAuth,
} from "@provider-clients/auth";
import { adguardDnsMfaErrorCode, adguardDnsTokenPath } from "../provider.js";
import { MfaRequiredError } from "./mfa-required-error.js";

/**
 * POSTs `form` (application/x-www-form-urlencoded) to `/oapi/v1/oauth_token` and returns the
 * token set. A 4xx whose body carries `error_code: "2fa_required"` becomes MfaRequiredError;
 * other failures keep requestToken's typed errors (OAuthError, TokenRequestError).
 */
export async function callTokenEndpoint(
  ctx: GrantContext,
  form: URLSearchParams,
): Promise<TokenSet> {
  // requestToken consumes the error body; a copy is kept to read the vendor's `error_code`.
  let rejectedBody: unknown;
  const send = ctx.fetch; // called unbound, as browsers require of fetch
  const peekingFetch: typeof fetch = async (input, init) => {
    const response = await send(input, init);
    if (response.status >= 400 && response.status < 500 && response.status !== 429) {
      rejectedBody = await readJson(response.clone());
    }
    return response;
  };
  try {
    return await requestToken({
      ctx: { ...ctx, fetch: peekingFetch },
      url: adguardDnsTokenPath,
      body: form,
      parse: (body) => readTokens(body, ctx),
    });
  } catch (error) {
    const errorCode = errorCodeOf(rejectedBody);
    if (error instanceof OAuthError && errorCode === adguardDnsMfaErrorCode) {
      throw new MfaRequiredError({
        method: error.method ?? "POST",
        url: error.url ?? adguardDnsTokenPath,
        status: error.status,
        error: error.error,
        errorDescription: error.errorDescription,
        errorCode,
        mfaTokenRejected: form.has("mfa_token"),
        cause: error,
      });
    }
    throw error;
  }
}

// tokenSetFromOAuth's own error would pass through requestToken bare (no status or URL); a plain
// Error makes requestToken report TokenRequestError `invalid_token_response` with both.
function readTokens(body: unknown, ctx: GrantContext): TokenSet {
  try {
    return tokenSetFromOAuth(body, ctx.clock);
  } catch (error) {
    throw new Error("token response has no usable access_token", { cause: error });
  }
}

// The body as JSON, or undefined when it is not JSON (an HTML page, empty).
async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text()) as unknown;
  } catch {
    return undefined;
  }
}

function errorCodeOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const code = (body as Record<string, unknown>).error_code;
  return typeof code === "string" ? code : undefined;
}
