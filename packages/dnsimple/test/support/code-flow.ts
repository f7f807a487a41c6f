// Test helper: walks the fake's authorize page and returns the code, state and exchange options.
import { parseRedirect } from "@provider-clients/auth";
import { dnsimpleAuth, type ExchangeCodeOptions } from "../../src/index.js";
import type { FakeDnsimpleServer } from "../../src/testing/index.js";

/** Authorizes the fake's seeded app and returns exchangeCode options for the issued code. */
export async function authorizedExchange(server: FakeDnsimpleServer): Promise<ExchangeCodeOptions> {
  const { url, state } = dnsimpleAuth.authorizeUrl({
    clientId: server.app.clientId,
    redirectUri: server.app.redirectUri,
    authorizeEndpoint: server.authorizeEndpoint,
  });
  const redirect = parseRedirect(await server.authorize(url), { expectedState: state });
  return {
    clientId: server.app.clientId,
    clientSecret: server.app.clientSecret,
    code: redirect.code ?? "",
    redirectUri: server.app.redirectUri,
    state: redirect.state,
    expectedState: state,
    baseUrl: server.url,
    retry: false,
  };
}

/** The JSON body exchangeCode sends for `options`, for requests made by hand. */
export function tokenRequestBody(options: ExchangeCodeOptions): Record<string, unknown> {
  return {
    grant_type: "authorization_code",
    client_id: options.clientId,
    client_secret: options.clientSecret,
    code: options.code,
    redirect_uri: options.redirectUri,
    state: options.state,
  };
}
