// The registry default (a static credential from exports.fakeCredentials, the probe, the kit's faults)
// is what a provider without packages/<name>/suites/reliability.ts is tested with: it is run here for
// every provider it can authenticate, own file or not, through the GET and static-credential checks.
import { ApiError } from "@provider-clients/auth";
import { type CredentialDeclaration, registry } from "@provider-clients/scripts/providers";
import { describe, expect, it } from "vitest";
import {
  getFaultChecks,
  loggedIn,
  revokedStaticCredentialCheck,
} from "../src/api/api-fault-suites.js";
import { startTarget } from "../src/api/api-targets.js";
import { carriers, registryDefaultApiTarget } from "../src/api/registry-default-api-target.js";
import { registryDefaults } from "../src/provider-parts.js";
import { tally } from "../src/support/tally.js";
import { apiOutcomes } from "../src/support/wire-log.js";

it("the default can authenticate Dynu and AdGuard DNS (their fake API keys)", () => {
  const names = registryDefaults.map((p) => `${p.entry.name} ${p.credential.builder}`);
  expect(names).toEqual(expect.arrayContaining(["adguard-dns apiKey", "dynu apiKey"]));
});

const declared = (wire: string): CredentialDeclaration => ({
  builder: "key",
  kind: "static",
  scheme: "key",
  wire,
});

it("every static credential's wire names the header or query parameter the request log looks for", () => {
  const statics = registry.flatMap((e) => e.credentials.filter((c) => c.kind === "static"));
  for (const credential of statics) expect(() => carriers(credential)).not.toThrow();
  expect(carriers(declared("API-Key: <key>"))).toEqual({ headers: ["api-key"] });
  expect(carriers(declared("Authorization: Token <token>"))).toEqual({
    headers: ["authorization"],
  });
  expect(carriers(declared("?auth_key=<key>"))).toEqual({ queryParams: ["auth_key"] });
});

describe.each(registryDefaults)("$entry.name (registry default, $credential.builder)", (parts) => {
  const target = registryDefaultApiTarget(parts, {
    name: `${parts.entry.name} (registry default)`,
  });

  it("the probe is answered 200 with the credential sent as its wire says", async () => {
    const api = await loggedIn(target);
    await api.get();
    expect(apiOutcomes(api.wire)).toEqual([200]);
    expect(api.wire.apiWithoutCredential()).toBe(0);
  });

  it("a wrong secret is refused with 401, not retried; thrown, it is an ApiError without the secret", async (context) => {
    tally(context, { faults: 1, secretsSearched: 1 });
    const secret = `wrong-${parts.entry.name}-secret-83be51`;
    const wrong = registryDefaultApiTarget(parts, { secret });
    const plain = await startTarget(wrong);
    try {
      expect(await plain.get()).toEqual({ ok: true, status: 401 });
      expect(apiOutcomes(plain.wire)).toEqual([401]);
    } finally {
      await plain.close();
    }
    const throwing = await startTarget(wrong, { throwOnError: true });
    try {
      const outcome = await throwing.get();
      expect(outcome.ok).toBe(false);
      const error = (outcome as { error: unknown }).error;
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 401 });
      const texts = [String(error), (error as Error).stack, JSON.stringify(error)];
      for (const text of texts) expect(text).not.toContain(secret);
    } finally {
      await throwing.close();
    }
  });

  revokedStaticCredentialCheck(target);
  getFaultChecks(target);
});
