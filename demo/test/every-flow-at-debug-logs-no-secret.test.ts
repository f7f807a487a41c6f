import { afterEach, expect, it, vi } from "vitest";
import { runTours } from "../src/run-tours.js";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// Field and parameter names whose values are credentials or tokens (not their types or kinds).
const SECRET_NAME =
  /(^|[_-])(token|secret|password|code|verifier|key|assertion)$|^(accessToken|refreshToken|clientSecret|apiKey|mfaToken|codeVerifier)$/i;
const NOT_SECRET =
  /^(token_type|grant_type|response_type|error_code|code_challenge_method|expires_in)$/i;

/** Adds every secret-named value of a JSON, form or query text to `into`. */
function collect(text: string, into: Set<string>): void {
  const add = (name: string, value: unknown) => {
    if (
      typeof value === "string" &&
      value.length >= 6 &&
      SECRET_NAME.test(name) &&
      !NOT_SECRET.test(name)
    )
      into.add(value);
  };
  try {
    const walk = (value: unknown): void => {
      if (typeof value !== "object" || value === null) return;
      for (const [name, inner] of Object.entries(value)) {
        add(name, inner);
        walk(inner);
      }
    };
    walk(JSON.parse(text));
  } catch {
    for (const [name, value] of new URLSearchParams(text)) add(name, value);
  }
}

/** The credential in an Authorization-like header: `Bearer X`, `ApiKey X`, `Basic base64(id:secret)`. */
function collectHeader(value: string, into: Set<string>): void {
  const [scheme, credential = scheme] = value.split(" ", 2);
  into.add(credential ?? value);
  if (scheme?.toLowerCase() === "basic" && credential) {
    const decoded = Buffer.from(credential, "base64").toString("utf8");
    into.add(decoded.slice(decoded.indexOf(":") + 1));
  }
}

it("every tour flow at PROVIDER_CLIENTS_LOG=debug logs its events and no secret that crossed the wire", async () => {
  // Everything secret that any request or answer carried, seen by wrapping the global fetch.
  const secrets = new Set<string>();
  const realFetch = globalThis.fetch;
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    for (const [name, value] of request.headers) {
      if (/authorization|key/i.test(name)) collectHeader(value, secrets);
    }
    collect(new URL(request.url).search, secrets);
    if (request.body) collect(await request.clone().text(), secrets);
    const response = await realFetch(request);
    const location = response.headers.get("location");
    if (location)
      collect(
        new URL(location, request.url).search +
          new URL(location, request.url).hash.replace(/^#/, "&"),
        secrets,
      );
    collect(await response.clone().text(), secrets);
    return response;
  });
  vi.stubEnv("PROVIDER_CLIENTS_LOG", "debug");
  const logged: string[] = [];
  const events = new Set<string>();
  for (const level of ["debug", "info", "warn", "error"] as const) {
    vi.spyOn(console, level).mockImplementation((message: unknown, fields?: unknown) => {
      logged.push(`${String(message)} ${JSON.stringify(fields)}`);
      const event = (fields as { event?: unknown } | undefined)?.event;
      if (typeof event === "string") events.add(event);
    });
  }

  const reports = await runTours(() => {});
  for (const report of reports) expect(report.failed, report.provider).toBe(0);

  for (const event of [
    "request.sent",
    "request.answered",
    "token.obtained",
    "token.refreshed",
    "token.revoked",
  ]) {
    expect([...events], event).toContain(event);
  }
  expect(secrets.size).toBeGreaterThan(10);
  const text = logged.join("\n");
  const leaks = [...secrets].filter((secret) => text.includes(secret));
  expect(leaks.map((secret) => [secret, logged.find((line) => line.includes(secret))])).toEqual([]);
});
