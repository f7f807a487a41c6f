import { createHash } from "node:crypto";
import { afterEach, expect, it } from "vitest";
import { createFakeClock, type FakeServer, startFakeServer } from "../src/testing/index.js";
import { kitConfig } from "./support/kit-fixture.js";

let fake: FakeServer | undefined;
afterEach(() => fake?.close());

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

async function token(
  server: FakeServer,
  form: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${server.origin}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, string | number>,
  };
}

const api = (server: FakeServer, accessToken: unknown) =>
  fetch(`${server.url}/widgets`, {
    headers: { authorization: `Bearer ${String(accessToken)}` },
  }).then((r) => r.status);

it("issues client-credentials tokens that expire on the fake clock", async () => {
  const clock = createFakeClock();
  fake = await startFakeServer(kitConfig, { clock });
  const refused = await token(
    fake,
    { grant_type: "client_credentials" },
    { authorization: basic("app", "wrong") },
  );
  expect(refused).toEqual({
    status: 401,
    body: { error: "invalid_client", error_description: "Client authentication failed." },
  });
  const { body } = await token(
    fake,
    { grant_type: "client_credentials" },
    { authorization: basic("app", "app-secret") },
  );
  expect(body).toMatchObject({ token_type: "bearer", expires_in: 3600 });
  expect(body.refresh_token).toBeUndefined();
  expect(await api(fake, body.access_token)).toBe(200);
  await clock.advance(3_600_000);
  expect(await api(fake, body.access_token)).toBe(401);
  expect(fake.tokens.counts()).toEqual({
    requests: 2,
    issued: 1,
    liveAccessTokens: 0,
    activeRefreshTokens: 0,
  });
});

it("asks for the one-time code of an MFA user, then rotates refresh tokens and honours revocation", async () => {
  fake = await startFakeServer(kitConfig);
  const grant = { grant_type: "password", username: "bob", password: "pw-bob" };
  expect((await token(fake, { ...grant, password: "nope" })).body.error).toBe("invalid_grant");
  expect((await token(fake, grant)).body.error).toBe("mfa_required");
  expect((await token(fake, { ...grant, mfa_token: "000000" })).body.error).toBe("invalid_grant");
  const first = (await token(fake, { ...grant, mfa_token: "123456" })).body;
  const second = (
    await token(fake, { grant_type: "refresh_token", refresh_token: String(first.refresh_token) })
  ).body;
  expect(second.refresh_token).not.toBe(first.refresh_token);
  const replay = await token(fake, {
    grant_type: "refresh_token",
    refresh_token: String(first.refresh_token),
  });
  expect(replay).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
  const revoke = await fetch(`${fake.origin}/oauth/revoke`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ token: String(second.refresh_token) }),
  });
  expect(revoke.status).toBe(200);
  expect(
    (
      await token(fake, {
        grant_type: "refresh_token",
        refresh_token: String(second.refresh_token),
      })
    ).body.error,
  ).toBe("invalid_grant");
  expect(await api(fake, second.access_token)).toBe(200);
  fake.tokens.revokeAllAccessTokens();
  expect(await api(fake, second.access_token)).toBe(401);
  expect((await token(fake, { grant_type: "device_code" })).body.error).toBe(
    "unsupported_grant_type",
  );
});

it("runs the authorization code flow with PKCE and state, once per code, and the implicit flow", async () => {
  fake = await startFakeServer(kitConfig, { approveAs: "ada" });
  const verifier = "v".repeat(50);
  const challenge = createHash("sha256").update(verifier).digest("base64url");
  const authorize = async (query: Record<string, string>) => {
    const response = await fetch(`${fake!.origin}/oauth/authorize?${new URLSearchParams(query)}`, {
      redirect: "manual",
    });
    return {
      status: response.status,
      location: new URL(response.headers.get("location") ?? "http://none/"),
    };
  };
  const base = { client_id: "spa", redirect_uri: "http://127.0.0.1/callback", state: "s-1" };
  const noPkce = await authorize({ ...base, response_type: "code" });
  expect(noPkce.location.searchParams.get("error")).toBe("invalid_request");
  const ok = await authorize({
    ...base,
    response_type: "code",
    code_challenge: challenge,
    code_challenge_method: "S256",
  });
  expect(ok.status).toBe(302);
  expect(ok.location.searchParams.get("state")).toBe("s-1");
  const code = String(ok.location.searchParams.get("code"));
  const exchange = {
    grant_type: "authorization_code",
    code,
    redirect_uri: base.redirect_uri,
    client_id: "spa",
  };
  const wrongVerifier = await token(fake, { ...exchange, code_verifier: "w".repeat(50) });
  expect(wrongVerifier.body.error).toBe("invalid_grant");
  const again = await authorize({
    ...base,
    response_type: "code",
    code_challenge: challenge,
    code_challenge_method: "S256",
  });
  const code2 = String(again.location.searchParams.get("code"));
  const tokens = await token(fake, { ...exchange, code: code2, code_verifier: verifier });
  expect(tokens.body).toMatchObject({ token_type: "bearer" });
  expect(typeof tokens.body.refresh_token).toBe("string");
  expect(
    (await token(fake, { ...exchange, code: code2, code_verifier: verifier })).body.error,
  ).toBe("invalid_grant");

  const implicit = await authorize({ ...base, response_type: "token" });
  const fragment = new URLSearchParams(implicit.location.hash.slice(1));
  expect(fragment.get("state")).toBe("s-1");
  expect(await api(fake, fragment.get("access_token"))).toBe(200);
  const stranger = await fetch(
    `${fake.origin}/oauth/authorize?${new URLSearchParams({ ...base, redirect_uri: "https://evil.example/", response_type: "token" })}`,
    { redirect: "manual" },
  );
  expect([stranger.status, stranger.headers.get("location")]).toEqual([400, null]);
  expect(fake.requests({ route: "authorize" })).toHaveLength(5);
});
