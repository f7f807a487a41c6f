import { inspect } from "node:util";
import type { TokenSet } from "@provider-clients/auth";
import { expect, it } from "vitest";
import { adguardDnsAuth } from "../src/index.js";
import { fakeAdGuardDnsCredentials as creds } from "../src/testing/index.js";
import { visit } from "./support/browser.js";
import { clientFor, startFake } from "./support/fake.js";

// Everything a user could see of an error: message, stack, cause chain, JSON and inspect output.
function visibleText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 10; depth++) {
    if (current instanceof Error) parts.push(current.message, current.stack ?? "");
    parts.push(JSON.stringify(current) ?? "", inspect(current, { depth: 10 }));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join("\n");
}

async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

it("no flow or failure leaks a key, password, MFA code, token, code or verifier into an error", async () => {
  const server = await startFake();
  const secrets = new Set<string>([
    creds.apiKey,
    creds.password,
    creds.mfaPassword,
    creds.mfaToken,
  ]);
  const keep = (tokens: TokenSet) => {
    secrets.add(tokens.accessToken);
    if (tokens.refreshToken) secrets.add(tokens.refreshToken);
  };
  const password = (extra: object = {}) =>
    adguardDnsAuth.password({ username: creds.username, password: creds.password, ...extra });
  const errors: unknown[] = [];
  const noRetry = { retry: false as const, onTokens: keep };

  // Token endpoint: wrong password, MFA needed, wrong MFA code, rejected given refresh token.
  errors.push(
    await failureOf(() =>
      clientFor(
        server,
        adguardDnsAuth.password({ username: creds.username, password: `${creds.password}-x` }),
      ).op.listDevices(),
    ),
  );
  secrets.add(`${creds.password}-x`);
  const mfa = { username: creds.mfaUsername, password: creds.mfaPassword };
  errors.push(
    await failureOf(() => clientFor(server, adguardDnsAuth.password(mfa)).op.listDevices()),
  );
  errors.push(
    await failureOf(() =>
      clientFor(server, adguardDnsAuth.password({ ...mfa, mfaToken: "135790" })).op.listDevices(),
    ),
  );
  secrets.add("135790");
  errors.push(
    await failureOf(() =>
      clientFor(server, adguardDnsAuth.refreshToken("given-refresh-secret-42")).op.listDevices(),
    ),
  );
  secrets.add("given-refresh-secret-42");

  // Token endpoint faults: HTML page, invalid JSON, reset connection, 503.
  for (const fault of [
    { kind: "html" },
    { kind: "invalid-json" },
    { kind: "reset" },
    { kind: "status", status: 503, body: { error: "unavailable" } },
  ] as const) {
    server.faults.inject({ path: "/oapi/v1/oauth_token", ...fault });
    errors.push(await failureOf(() => clientFor(server, password(), noRetry).op.listDevices()));
  }

  // Revoke failing after a successful login (the refresh token travels in the revoke URL).
  const session = clientFor(server, password(), noRetry);
  await session.op.listDevices();
  server.faults.inject({ path: "/oapi/v1/revoke_token", kind: "reset" });
  errors.push(await failureOf(() => session.session.revoke()));
  const again = clientFor(server, password(), noRetry);
  await again.op.listDevices();
  server.faults.inject({ path: "/oapi/v1/revoke_token", kind: "status", status: 500 });
  errors.push(await failureOf(() => again.session.revoke()));

  // OAuth redirects: state mismatch, redirect error, code with the wrong verifier.
  const start = await adguardDnsAuth.authorizeUrl({
    clientId: creds.clientId,
    redirectUri: creds.redirectUri,
    responseType: "code",
    baseUrl: server.url,
  });
  secrets.add(start.codeVerifier!);
  const redirect = await visit(start.url);
  secrets.add(new URL(redirect).searchParams.get("code")!);
  errors.push(
    await failureOf(async () => adguardDnsAuth.fromRedirect(redirect, { expectedState: "other" })),
  );
  const wrongVerifier = "w".repeat(43);
  secrets.add(wrongVerifier);
  const codeAuth = adguardDnsAuth.fromRedirect(redirect, {
    expectedState: start.state,
    clientId: creds.clientId,
    codeVerifier: wrongVerifier,
    redirectUri: creds.redirectUri,
  });
  errors.push(await failureOf(() => clientFor(server, codeAuth, noRetry).op.listDevices()));

  // API: throwing mode with a bad key, a timeout.
  errors.push(
    await failureOf(() =>
      clientFor(server, adguardDnsAuth.apiKey("bad-key-secret-7"), {
        throwOnError: true,
      }).op.listDevices(),
    ),
  );
  secrets.add("bad-key-secret-7");
  server.faults.inject({ operationId: "listDevices", kind: "delay", ms: 300 });
  errors.push(
    await failureOf(() =>
      clientFor(server, adguardDnsAuth.apiKey(creds.apiKey), {
        timeoutMs: 50,
        retry: false,
      }).op.listDevices(),
    ),
  );

  expect(errors).toHaveLength(14);
  expect(new Set(errors.map((e) => (e as { code?: string }).code)).size).toBeGreaterThanOrEqual(7);
  expect(secrets.size).toBeGreaterThan(12);
  for (const error of errors) {
    const text = visibleText(error);
    for (const secret of secrets) {
      expect(text.includes(secret), `${(error as Error).name}: ${(error as Error).message}`).toBe(
        false,
      );
    }
  }
});
