import { importSuiteFile, registry } from "@provider-clients/scripts/providers";
import type { SdkSuiteFile } from "@provider-clients/scripts/suites/sdk";
import { describe, expect, it } from "vitest";
import { type ErrorClass, errorClassesOf, importMinified } from "../src/minified-bundle.js";

// One way to build each error class of the auth package (which provider packages re-export); a new
// class without a sample fails the test.
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
};

// Each provider adds samples of its own error classes in packages/<name>/suites/sdk.ts.
const entries: [string, Record<string, Construct>, string][] = [
  ["@provider-clients/auth", samples, "this test"],
  ...(await Promise.all(
    registry.map(async (entry): Promise<[string, Record<string, Construct>, string]> => {
      const own = await importSuiteFile<SdkSuiteFile>(entry, "sdk");
      const file = `packages/${entry.name}/suites/sdk.ts (errorSamples)`;
      return [entry.package, { ...samples, ...own?.errorSamples }, file];
    }),
  )),
];

describe.each(entries)("%s minified", (entry, known, where) => {
  it("every exported error class has its own literal name and a code from the union", async () => {
    const exports = await importMinified(entry);
    const classes = errorClassesOf(exports);
    const codes = Object.values(exports.ProviderClientErrorCode as Record<string, string>);
    expect(classes.size).toBeGreaterThan(0);
    // The minifier did rename the classes, so a `name` taken from the class would be wrong.
    expect([...classes].some(([name, Class]) => Class.name !== name)).toBe(true);
    for (const [name, Class] of classes) {
      const build = known[name];
      if (!build) throw new Error(`${name}: add a sample to ${where} (and a literal name)`);
      const error = build(Class, exports) as Error & { code?: unknown };
      expect(error.name, name).toBe(name);
      expect(String(error).startsWith(`${name}: `), name).toBe(true);
      expect(codes, `${name} code`).toContain(error.code);
    }
  });
});
