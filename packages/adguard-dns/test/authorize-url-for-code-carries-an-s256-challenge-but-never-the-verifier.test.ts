import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import { adguardDnsAuth } from "../src/index.js";

it("builds the code + PKCE authorize URL: S256 challenge in the URL, verifier only returned", async () => {
  const result = await adguardDnsAuth.authorizeUrl({
    clientId: "my-app",
    redirectUri: "https://app.example/callback",
    responseType: "code",
  });
  const url = new URL(result.url);
  expect(`${url.origin}${url.pathname}`).toBe("https://api.adguard-dns.io/oapi/v1/oauth_authorize");
  expect(Object.fromEntries(url.searchParams)).toEqual({
    client_id: "my-app",
    response_type: "code",
    redirect_uri: "https://app.example/callback",
    state: result.state,
    code_challenge: createHash("sha256").update(result.codeVerifier!).digest("base64url"),
    code_challenge_method: "S256",
  });
  expect(result.state.length).toBeGreaterThanOrEqual(22);
  expect(result.codeVerifier).toMatch(/^[\w-]{43,128}$/);
  expect(result.url).not.toContain(result.codeVerifier);
});

it("the implicit URL has no PKCE parameters, keeps a given state and honours baseUrl", async () => {
  const result = await adguardDnsAuth.authorizeUrl({
    clientId: "my-app",
    redirectUri: "https://app.example/callback",
    responseType: "token",
    state: "given-state",
    baseUrl: "http://127.0.0.1:9/",
  });
  const url = new URL(result.url);
  expect(url.origin + url.pathname).toBe("http://127.0.0.1:9/oapi/v1/oauth_authorize");
  expect(url.searchParams.get("state")).toBe("given-state");
  expect(url.searchParams.has("code_challenge")).toBe(false);
  expect(result).toEqual({ url: result.url, state: "given-state" });
});

it("two calls never share a state or a verifier", async () => {
  const options = {
    clientId: "a",
    redirectUri: "https://a.example/cb",
    responseType: "code",
  } as const;
  const first = await adguardDnsAuth.authorizeUrl(options);
  const second = await adguardDnsAuth.authorizeUrl(options);
  expect(first.state).not.toBe(second.state);
  expect(first.codeVerifier).not.toBe(second.codeVerifier);
});
