import { expect, it } from "vitest";
import { StateMismatchError } from "../src/errors/state-mismatch-error.js";
import { parseRedirect } from "../src/oauth/parse-redirect.js";

const expectedState = "expected-state-value";

it("a missing or different state fails even when the redirect carries an error or a code", () => {
  const cases = [
    "http://127.0.0.1/cb?code=abc",
    "http://127.0.0.1/cb?error=access_denied",
    "http://127.0.0.1/cb?code=abc&state=other",
    "http://127.0.0.1/cb#access_token=t&state=other",
    "http://127.0.0.1/cb?error=access_denied&state=",
  ];
  for (const url of cases) {
    const error = (() => {
      try {
        parseRedirect(url, { expectedState });
      } catch (e) {
        return e;
      }
    })();
    expect(error, url).toBeInstanceOf(StateMismatchError);
    expect((error as StateMismatchError).code).toBe("state_mismatch");
    expect((error as Error).message).not.toContain("other");
    expect((error as Error).message).not.toContain(expectedState);
  }
});
