// PKCE (RFC 7636) with the S256 method, hashed by Web Crypto (browsers and Node alike).
import { base64url } from "./base64url.js";
import { randomBytes } from "./random-bytes.js";

/** A PKCE verifier (keep secret until the token request) and the challenge sent in the authorize URL. */
export interface PkcePair {
  verifier: string;
  challenge: string;
  method: "S256";
}

/** The S256 challenge for a verifier: base64url(SHA-256(ASCII(verifier))) without padding. */
export async function pkceChallenge(verifier: string): Promise<string> {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) {
    throw new RangeError("PKCE verifier must be 43-128 unreserved characters (RFC 7636 §4.1)");
  }
  const digest = await globalThis.crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(verifier),
  );
  return base64url(new Uint8Array(digest));
}

/** A fresh verifier (32 random bytes -> 43 base64url chars) and its S256 challenge. */
export async function createPkcePair(): Promise<PkcePair> {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: await pkceChallenge(verifier), method: "S256" };
}
