import { afterEach, describe, expect, it } from "vitest";
import { type AuthorizeEndpoint, type FakeServer, startFakeServer } from "../src/testing/index.js";
import { kitConfig } from "./support/kit-fixture.js";

let fake: FakeServer | undefined;
afterEach(() => fake?.close());

const redirectUri = "http://127.0.0.1/callback";
const withAuthorize = (authorize: Partial<AuthorizeEndpoint>) =>
  startFakeServer({
    ...kitConfig,
    auth: {
      ...kitConfig.auth,
      authorize: {
        path: "/oauth/authorize",
        responseTypes: ["code"],
        requirePkce: false,
        ...authorize,
      },
    },
  });

async function authorize(params: Record<string, string>) {
  const query = { response_type: "code", client_id: "app", redirect_uri: redirectUri, ...params };
  const response = await fetch(`${fake?.origin}/oauth/authorize?${new URLSearchParams(query)}`, {
    redirect: "manual",
  });
  return new URL(response.headers.get("location") ?? "").searchParams;
}

describe("an authorize endpoint", () => {
  it("with requireState refuses a request without state, and a code's exchange needs that state (a wrong one spends it)", async () => {
    fake = await withAuthorize({ requireState: true });
    expect((await authorize({})).get("error")).toBe("invalid_request");
    const code = (await authorize({ state: "s1" })).get("code") ?? "";
    const exchange = (state: string) =>
      fetch(`${fake?.origin}/oauth/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          grant_type: "authorization_code",
          client_id: "app",
          client_secret: "app-secret",
          code,
          redirect_uri: redirectUri,
          state,
        }),
      });
    const wrong = await exchange("s2");
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: "invalid_grant" });
    expect((await exchange("s1")).status).toBe(400);
  });

  it("with approve issues the code to the subject it names, or answers access_denied", async () => {
    let answer: string | undefined = "carol";
    fake = await withAuthorize({
      approve: (request) => (request.query.pick === "me" ? answer : undefined),
    });
    expect((await authorize({ pick: "me" })).get("code")).toBeTruthy();
    expect((await authorize({ pick: "other" })).get("error")).toBe("access_denied");
    answer = undefined;
    expect((await authorize({ pick: "me" })).get("error")).toBe("access_denied");
  });
});
