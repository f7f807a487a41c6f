import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import { createPkcePair, pkceChallenge } from "../src/oauth/pkce.js";

it("matches the RFC 7636 appendix B example", () => {
  expect(pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe(
    "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
  );
});

it("creates 43-character verifiers whose challenge is base64url(sha256(verifier))", () => {
  const pair = createPkcePair();
  expect(pair.method).toBe("S256");
  expect(pair.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(pair.challenge).toBe(createHash("sha256").update(pair.verifier).digest("base64url"));
  expect(createPkcePair().verifier).not.toBe(pair.verifier);
  expect(() => pkceChallenge("too-short")).toThrow(RangeError);
});
