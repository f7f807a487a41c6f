import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeDnsimpleServer, startFakeDnsimpleServer } from "../src/testing/index.js";

let server: FakeDnsimpleServer;
beforeEach(async () => {
  server = await startFakeDnsimpleServer();
});
afterEach(() => server.close());

const authorize = (params: Record<string, string>) =>
  fetch(`${server.authorizeEndpoint}?${new URLSearchParams(params)}`, { redirect: "manual" });

describe("the fake authorize page", () => {
  const valid = () => ({
    response_type: "code",
    client_id: server.app.clientId,
    redirect_uri: server.app.redirectUri,
    state: "st-1",
  });

  it("redirects with a code and the state for a registered app", async () => {
    const response = await authorize(valid());
    expect(response.status).toBe(302);
    const back = new URL(response.headers.get("location") ?? "");
    expect(back.origin + back.pathname).toBe(server.app.redirectUri);
    expect(back.searchParams.get("state")).toBe("st-1");
    expect(back.searchParams.get("code")).toBeTruthy();
  });

  it("shows an error page for an unknown client or an unregistered redirect URI", async () => {
    for (const params of [
      { ...valid(), client_id: "nobody" },
      { ...valid(), redirect_uri: "https://evil.example.test/cb" },
    ]) {
      const response = await authorize(params);
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toContain("text/html");
      expect(response.headers.get("location")).toBeNull();
    }
  });

  it("redirects with an error for a missing state, another response type or a denial", async () => {
    const { state: _dropped, ...noState } = valid();
    const missing = new URL((await authorize(noState)).headers.get("location") ?? "");
    expect(missing.searchParams.get("error")).toBe("invalid_request");
    // An implicit-flow request is answered the implicit way: the error in the fragment.
    const token = new URL(
      (await authorize({ ...valid(), response_type: "token" })).headers.get("location") ?? "",
    );
    expect(new URLSearchParams(token.hash.slice(1)).get("error")).toBe("unsupported_response_type");
    server.consent = "deny";
    const denied = new URL((await authorize(valid())).headers.get("location") ?? "");
    expect(denied.searchParams.get("error")).toBe("access_denied");
    expect(denied.searchParams.get("state")).toBe("st-1");
    expect(denied.searchParams.get("code")).toBeNull();
  });
});
