// The token endpoints, as Dynata documents them: JSON in, camelCase token pair out, logout 204.
import { authErrorReply, FakeHttpError, type Reply } from "../fake-http.js";
import type { Route } from "../fake-router.js";
import type { FakeDynataState } from "../fake-state.js";
import { BodyCheck } from "../fake-validate.js";

// The only application id the API's schema allows.
const clientIds = new Set(["api"]);

const tokenReply = (body: unknown): Reply => ({
  status: 200,
  body,
  contentType: "application/vnd.token+json",
});

// A known clientId is checked before anything else, like an OAuth server checks its client.
function checkClient(check: BodyCheck): void {
  const clientId = check.field<string>("clientId", "string", true);
  check.done();
  if (!clientIds.has(clientId!)) throw new FakeHttpError(401, "unknown clientId", "invalid_client");
}

/** POST /auth/v1/token/password, /auth/v1/token/refresh and /auth/v1/logout. */
export function authRoutes(state: FakeDynataState): Route[] {
  const { auth } = state;
  return [
    {
      method: "POST",
      template: "/auth/v1/token/password",
      kind: "auth",
      async handle(ctx) {
        auth.counts.password++;
        const check = new BodyCheck(await ctx.json());
        const username = check.field<string>("username", "string", true);
        const password = check.field<string>("password", "string", true);
        checkClient(check);
        if (!auth.checkPassword(username!, password!)) {
          return authErrorReply(401, "invalid_grant", "username or password is wrong");
        }
        return tokenReply(auth.issue(username!));
      },
    },
    {
      method: "POST",
      template: "/auth/v1/token/refresh",
      kind: "auth",
      async handle(ctx) {
        auth.counts.refresh++;
        const check = new BodyCheck(await ctx.json());
        const refreshToken = check.field<string>("refreshToken", "string", true);
        checkClient(check);
        const pair = auth.rotate(refreshToken!);
        if (!pair)
          return authErrorReply(
            401,
            "invalid_grant",
            "refresh token is expired, revoked or unknown",
          );
        return tokenReply(pair);
      },
    },
    {
      method: "POST",
      template: "/auth/v1/logout",
      kind: "auth",
      async handle(ctx) {
        auth.counts.logout++;
        const check = new BodyCheck(await ctx.json());
        const refreshToken = check.field<string>("refreshToken", "string", true);
        const accessToken = check.field<string>("accessToken", "string", true);
        checkClient(check);
        if (auth.logout(accessToken!, refreshToken!) === 0) {
          return authErrorReply(401, "invalid_grant", "neither token belongs to a live session");
        }
        return { status: 204 };
      },
    },
  ];
}
