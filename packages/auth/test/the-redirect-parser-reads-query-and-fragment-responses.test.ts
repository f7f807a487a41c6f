import { expect, it } from "vitest";
import { parseRedirect } from "../src/oauth/parse-redirect.js";

it("reads a code from the query and a token from the fragment", () => {
  const code = parseRedirect("http://127.0.0.1:9/cb?code=c-1&state=s1", { expectedState: "s1" });
  expect(code).toMatchObject({ code: "c-1", state: "s1", accessToken: undefined });

  const implicit = parseRedirect(
    "http://127.0.0.1:9/cb?ignored=1#access_token=t-1&token_type=Bearer&expires_in=3600&scope=a+b&state=s2",
    { expectedState: "s2" },
  );
  expect(implicit).toMatchObject({
    accessToken: "t-1",
    tokenType: "Bearer",
    expiresIn: 3600,
    scope: "a b",
    state: "s2",
    code: undefined,
  });
  expect(implicit.params.get("ignored")).toBeNull();
});
