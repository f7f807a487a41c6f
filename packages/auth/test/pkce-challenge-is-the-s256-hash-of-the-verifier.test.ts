import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import { createPkcePair, pkceChallenge } from "../src/oauth/pkce.js";

it("matches the RFC 7636 appendix B example", async () => {
  await expect(pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).resolves.toBe(
    "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
  );
});

it("creates 43-character verifiers whose challenge is base64url(sha256(verifier))", async () => {
  const pair = await createPkcePair();
  expect(pair.method).toBe("S256");
  expect(pair.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(pair.challenge).toBe(createHash("sha256").update(pair.verifier).digest("base64url"));
  expect((await createPkcePair()).verifier).not.toBe(pair.verifier);
  await expect(pkceChallenge("too-short")).rejects.toThrow(RangeError);
});

it("hashes the longest verifier RFC 7636 allows (128 characters)", async () => {
  const verifier = "a-._~".repeat(25) + "xyz";
  expect(verifier).toHaveLength(128);
  await expect(pkceChallenge(verifier)).resolves.toBe(
    createHash("sha256").update(verifier).digest("base64url"),
  );
});
