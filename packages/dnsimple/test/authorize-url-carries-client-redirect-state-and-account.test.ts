import { describe, expect, it } from "vitest";
import { dnsimpleAuth } from "../src/index.js";

const base = { clientId: "client-1", redirectUri: "https://app.example.test/callback" };

describe("dnsimpleAuth.authorizeUrl", () => {
  it("puts response_type=code, client_id, redirect_uri, state and account_id on the web host", () => {
    const { url, state } = dnsimpleAuth.authorizeUrl({ ...base, state: "s-123", accountId: 1010 });
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe("https://dnsimple.com/oauth/authorize");
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      response_type: "code",
      client_id: "client-1",
      redirect_uri: "https://app.example.test/callback",
      state: "s-123",
      account_id: "1010",
    });
    expect(state).toBe("s-123");
  });

  it("generates an unguessable state when none is given and leaves account_id out", () => {
    const first = dnsimpleAuth.authorizeUrl(base);
    const second = dnsimpleAuth.authorizeUrl(base);
    expect(first.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.state).not.toBe(second.state);
    const params = new URL(first.url).searchParams;
    expect(params.get("state")).toBe(first.state);
    expect(params.has("account_id")).toBe(false);
  });

  it("uses the sandbox web host with sandbox: true, and an explicit endpoint over both", () => {
    const sandbox = new URL(dnsimpleAuth.authorizeUrl({ ...base, sandbox: true }).url);
    expect(sandbox.origin + sandbox.pathname).toBe("https://sandbox.dnsimple.com/oauth/authorize");
    const custom = new URL(
      dnsimpleAuth.authorizeUrl({
        ...base,
        sandbox: true,
        authorizeEndpoint: "http://127.0.0.1:9/oauth/authorize",
      }).url,
    );
    expect(custom.origin + custom.pathname).toBe("http://127.0.0.1:9/oauth/authorize");
  });
});
