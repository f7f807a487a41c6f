import { expect, it } from "vitest";
import { OAuthRedirectError } from "../src/errors/oauth-redirect-error.js";
import { parseRedirect } from "../src/oauth/parse-redirect.js";

const catchError = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
};

it("reports error, error_description and error_uri from the query or the fragment", () => {
  const fromQuery = catchError(() =>
    parseRedirect(
      "http://127.0.0.1/cb?error=access_denied&error_description=User+said+no&error_uri=https%3A%2F%2Fdocs&state=s",
      { expectedState: "s" },
    ),
  ) as OAuthRedirectError;
  expect(fromQuery).toBeInstanceOf(OAuthRedirectError);
  expect(fromQuery).toMatchObject({
    code: "oauth_redirect_error",
    error: "access_denied",
    errorDescription: "User said no",
    errorUri: "https://docs",
  });
  expect(fromQuery.message).toBe("authorization failed: access_denied (User said no)");

  const fromFragment = catchError(() =>
    parseRedirect("http://127.0.0.1/cb#error=server_error&state=s", { expectedState: "s" }),
  );
  expect(fromFragment).toMatchObject({ error: "server_error", errorDescription: undefined });

  const empty = catchError(() =>
    parseRedirect("http://127.0.0.1/cb?state=s", { expectedState: "s" }),
  );
  expect(empty).toMatchObject({ error: "invalid_response" });
});
