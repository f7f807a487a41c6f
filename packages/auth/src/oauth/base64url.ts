// Bytes to unpadded base64url with btoa, so browsers need no Buffer.

/** base64url (RFC 4648 §5) of `bytes`, without `=` padding. */
export function base64url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
