// The credentials a fake server accepts unless told otherwise (shared by tests, examples and the tour).

/** Default users, API key and OAuth client of `startFakeAdGuardDnsServer`. */
export const fakeAdGuardDnsCredentials = {
  apiKey: "fake-adguard-api-key-7f3c",
  username: "demo@example.com",
  password: "fake-demo-password-91ab",
  /** A user with two-factor authentication on. */
  mfaUsername: "mfa@example.com",
  mfaPassword: "fake-mfa-password-2c4e",
  /** The second factor the MFA user must send as `mfa_token`. */
  mfaToken: "246810",
  clientId: "fake-adguard-client",
  redirectUri: "http://127.0.0.1/callback",
} as const;
