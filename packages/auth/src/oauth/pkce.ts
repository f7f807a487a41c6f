// PKCE (RFC 7636) with the S256 method.
import { createHash, randomBytes } from "node:crypto";

/** A PKCE verifier (keep secret until the token request) and the challenge sent in the authorize URL. */
export interface PkcePair {
  verifier: string;
  challenge: string;
  method: "S256";
}

/** The S256 challenge for a verifier: base64url(SHA-256(ASCII(verifier))) without padding. */
export function pkceChallenge(verifier: string): string {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) {
    throw new RangeError("PKCE verifier must be 43-128 unreserved characters (RFC 7636 §4.1)");
  }
  return createHash("sha256").update(verifier, "ascii").digest("base64url");
}

/** A fresh verifier (32 random bytes -> 43 base64url chars) and its S256 challenge. */
export function createPkcePair(): PkcePair {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: pkceChallenge(verifier), method: "S256" };
}
