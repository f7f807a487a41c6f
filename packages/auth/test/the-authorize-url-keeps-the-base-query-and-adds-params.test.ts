import { expect, it } from "vitest";
import { buildAuthorizeUrl } from "../src/oauth/authorize-url.js";

it("adds encoded parameters, joins scope lists and skips undefined ones", () => {
  const url = new URL(
    buildAuthorizeUrl("https://auth.example.test/oauth/authorize?prompt=login", {
      response_type: "code",
      client_id: "client 1",
      redirect_uri: "http://127.0.0.1:8080/cb?x=1",
      scope: ["zones:read", "zones:write"],
      state: "s",
      code_challenge: "c",
      code_challenge_method: "S256",
      login_hint: undefined,
    }),
  );
  expect(url.origin + url.pathname).toBe("https://auth.example.test/oauth/authorize");
  expect(Object.fromEntries(url.searchParams)).toEqual({
    prompt: "login",
    response_type: "code",
    client_id: "client 1",
    redirect_uri: "http://127.0.0.1:8080/cb?x=1",
    scope: "zones:read zones:write",
    state: "s",
    code_challenge: "c",
    code_challenge_method: "S256",
  });
});
