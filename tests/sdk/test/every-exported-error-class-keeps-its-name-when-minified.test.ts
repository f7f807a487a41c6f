import { registry } from "@provider-clients/scripts/providers";
import { describe, expect, it } from "vitest";
import { type ErrorClass, errorClassesOf, importMinified } from "../src/minified-bundle.js";

// One way to build each exported error class; a new class without an entry here fails the test.
type Construct = (Class: ErrorClass, exports: Record<string, unknown>) => Error;
const asAny = (Class: ErrorClass) => Class as unknown as new (...args: unknown[]) => Error;
const samples: Record<string, Construct> = {
  ProviderClientError: (C) => new (asAny(C))("summary", { code: "session_closed" }),
  ApiError: (C) =>
    new (asAny(C))({ method: "GET", url: "https://api.example/x", status: 500, body: {} }),
  NetworkError: (C) =>
    new (asAny(C))("GET", "https://api.example/x", new TypeError("fetch failed")),
  OAuthError: (C) => new (asAny(C))({ status: 400, error: "invalid_grant" }),
  OAuthRedirectError: (C) => new (asAny(C))("access_denied"),
  ReauthenticationRequiredError: (C) => new (asAny(C))("dynu", "no refresh token"),
  RequestTimeoutError: (C) => new (asAny(C))("GET", "https://api.example/x", 1000),
  ResponseTooLargeError: (C) => new (asAny(C))("GET", "https://api.example/x", 1024),
  ResponseParseError: (C) =>
    new (asAny(C))({
      method: "GET",
      url: "https://api.example/x",
      status: 200,
      contentType: "text/html",
      operation: "getX",
      body: "<html>",
    }),
  StateMismatchError: (C) => new (asAny(C))("missing"),
  SpecMismatchError: (C) =>
    new (asAny(C))(
      { operationId: "getX", method: "GET", status: 200, statusDeclared: true, mismatches: [] },
      { url: "https://api.example/x" },
    ),
  TokenRequestError: (C) => new (asAny(C))("unreachable", { attempts: 3 }),
  MfaRequiredError: (C) =>
    new (asAny(C))({
      method: "POST",
      url: "https://api.example/token",
      status: 401,
      error: undefined,
      errorDescription: undefined,
      errorCode: "2fa_required",
      mfaTokenRejected: false,
      cause: undefined,
    }),
  DnsimpleOAuthError: (C, exports) => {
    const OAuthError = asAny(exports.OAuthError as ErrorClass);
    return new (asAny(C))(new OAuthError({ status: 400, error: "invalid_grant" }));
  },
};

const entries = ["@provider-clients/auth", ...registry.map((entry) => entry.package)];

describe.each(entries)("%s minified", (entry) => {
  it("every exported error class has its own literal name and a code from the union", async () => {
    const exports = await importMinified(entry);
    const classes = errorClassesOf(exports);
    const codes = Object.values(exports.ProviderClientErrorCode as Record<string, string>);
    expect(classes.size).toBeGreaterThan(0);
    // The minifier did rename the classes, so a `name` taken from the class would be wrong.
    expect([...classes].some(([name, Class]) => Class.name !== name)).toBe(true);
    for (const [name, Class] of classes) {
      const build = samples[name];
      if (!build) throw new Error(`${name}: add a sample to this test (and a literal name)`);
      const error = build(Class, exports) as Error & { code?: unknown };
      expect(error.name, name).toBe(name);
      expect(String(error).startsWith(`${name}: `), name).toBe(true);
      expect(codes, `${name} code`).toContain(error.code);
    }
  });
});
