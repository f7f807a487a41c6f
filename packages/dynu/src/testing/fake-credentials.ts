// Credentials the fake Dynu server accepts unless a test configures its own.

/** Default API key and OAuth2 client of the fake server (test values, not real secrets). */
export const fakeDynuCredentials = {
  apiKey: "fake-dynu-api-key-0123456789",
  clientId: "fake-dynu-client",
  clientSecret: "fake-dynu-client-secret-0123456789",
} as const;

/** One OAuth2 client the fake token endpoint accepts. */
export interface FakeDynuClient {
  clientId: string;
  clientSecret: string;
}
