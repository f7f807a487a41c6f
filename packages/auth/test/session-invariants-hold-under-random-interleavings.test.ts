import { inspect } from "node:util";
import fc from "fast-check";
import createClient from "openapi-fetch";
import { expect, it } from "vitest";
import { createAuthMiddleware } from "../src/middleware/auth-middleware.js";
import { createSession } from "../src/session/create-session.js";
import { createFakeClock } from "../src/testing/index.js";
import { type paths, securityFor } from "./support/echo-paths.js";
import { oauthAdapter } from "./support/oauth-adapter.js";

type Failure = "network" | "500" | "429" | "invalid_grant" | "invalid_client";
type Action =
  | { type: "call"; count: number }
  | { type: "advance"; ms: number }
  | { type: "failToken"; kind: Failure }
  | { type: "revokeAccess" }
  | { type: "step" };

const CLIENT_SECRET = "client-secret-q9z";
const PASSWORD = "password-secret-k7w";

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    arbitrary: fc.record({
      type: fc.constant("call" as const),
      count: fc.integer({ min: 1, max: 4 }),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      type: fc.constant("advance" as const),
      ms: fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 7_200_000 })),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      type: fc.constant("failToken" as const),
      kind: fc.constantFrom<Failure>("network", "500", "429", "invalid_grant", "invalid_client"),
    }),
    weight: 2,
  },
  { arbitrary: fc.constant({ type: "revokeAccess" as const }), weight: 1 },
  { arbitrary: fc.constant({ type: "step" as const }), weight: 4 },
);

/** Every string that must never show up in an error a caller sees. */
function leaks(error: unknown, secrets: readonly string[]): string[] {
  const texts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 10; depth++) {
    if (current instanceof Error) texts.push(current.message, current.stack ?? "");
    texts.push(String(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  texts.push(JSON.stringify(error) ?? "", inspect(error, { depth: Number.POSITIVE_INFINITY }));
  const all = texts.join("\n");
  return secrets.filter((secret) => all.includes(secret));
}

it("random interleavings of time, callers, endpoint failures and 401s keep the session's invariants", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.scheduler(),
      fc.array(actionArb, { minLength: 1, maxLength: 30 }),
      fc.constantFrom(1, 30, 600, 3600),
      async (s, actions, expiresIn) => {
        const clock = createFakeClock();
        const violations: string[] = [];
        const secrets: string[] = [CLIENT_SECRET, PASSWORD];
        const failures: Failure[] = [];
        const refreshTokens = new Set<string>();
        const serverValid = new Set<string>();
        const engineExpiry = new Map<string, number | undefined>();
        const sendsPerCall = new Map<string, number>();
        let inFlight = 0;
        let issued = 0;

        const tokenEndpoint = async (form: URLSearchParams): Promise<Response> => {
          const failure = failures.shift();
          if (failure === "network") throw new TypeError("fetch failed");
          if (failure === "500") return Response.json({ error: "server_error" }, { status: 500 });
          if (failure === "429") {
            return Response.json({}, { status: 429, headers: { "retry-after": "1" } });
          }
          if (failure === "invalid_grant" || failure === "invalid_client") {
            return Response.json({ error: failure }, { status: 400 });
          }
          if (form.get("grant_type") === "refresh_token") {
            const presented = form.get("refresh_token") ?? "";
            if (!refreshTokens.delete(presented)) {
              return Response.json({ error: "invalid_grant" }, { status: 400 });
            }
          } else if (
            form.get("client_secret") !== CLIENT_SECRET ||
            form.get("password") !== PASSWORD
          ) {
            return Response.json({ error: "invalid_client" }, { status: 401 });
          }
          issued += 1;
          const access = `acc_${issued}_tok`;
          const refresh = `ref_${issued}_tok`;
          secrets.push(access, refresh);
          serverValid.add(access);
          refreshTokens.add(refresh);
          return Response.json({
            access_token: access,
            token_type: "Bearer",
            expires_in: expiresIn,
            refresh_token: refresh,
          });
        };

        const fakeFetch = async (
          input: RequestInfo | URL,
          init?: RequestInit,
        ): Promise<Response> => {
          const request = new Request(input, init);
          const url = new URL(request.url);
          if (url.pathname === "/oauth/token") {
            inFlight += 1;
            if (inFlight > 1) violations.push("two token requests in flight");
            try {
              const form = new URLSearchParams(await request.text());
              await s.schedule(Promise.resolve(), "token response");
              return await tokenEndpoint(form);
            } finally {
              inFlight -= 1;
            }
          }
          const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
          const call = request.headers.get("x-call") ?? "";
          sendsPerCall.set(call, (sendsPerCall.get(call) ?? 0) + 1);
          if (!engineExpiry.has(token)) violations.push(`sent a token the engine never issued`);
          const expiresAt = engineExpiry.get(token);
          if (expiresAt !== undefined && clock.now() >= expiresAt)
            violations.push("sent an expired token");
          const body = await request.text();
          if (body !== JSON.stringify({ n: Number(call) })) violations.push("request body changed");
          await s.schedule(Promise.resolve(), "api response");
          const ok = serverValid.has(token);
          return Response.json(ok ? { ok: true, echo: body } : { error: "invalid_token" }, {
            status: ok ? 200 : 401,
          });
        };

        const session = createSession({
          auth: oauthAdapter({ clientSecret: async () => CLIENT_SECRET, password: PASSWORD }),
          baseUrl: "http://fake.test",
          fetch: fakeFetch,
          clock,
          retry: { retries: 2, baseDelayMs: 100, maxDelayMs: 1_000 },
          onTokens: (tokens) => {
            engineExpiry.set(tokens.accessToken, tokens.expiresAt);
          },
        });
        const client = createClient<paths>({ baseUrl: "http://fake.test", fetch: fakeFetch });
        client.use(createAuthMiddleware({ auth: session, securityFor }));

        const calls: Promise<void>[] = [];
        const errors: unknown[] = [];
        let settled = 0;
        let nextCall = 0;
        for (const action of actions) {
          if (action.type === "call") {
            for (let i = 0; i < action.count; i++) {
              const id = String(++nextCall);
              const call = client
                .POST("/api/echo", { body: { n: Number(id) }, headers: { "x-call": id } })
                .then(
                  () => undefined,
                  (error: unknown) => {
                    errors.push(error);
                  },
                )
                .finally(() => {
                  settled += 1;
                });
              calls.push(call);
            }
          } else if (action.type === "advance") {
            await clock.advance(action.ms);
          } else if (action.type === "failToken") {
            failures.push(action.kind);
          } else if (action.type === "revokeAccess") {
            serverValid.clear();
          } else if (s.count() > 0) {
            await s.waitNext(1);
          }
        }
        // Drain: run every scheduled response and let backoff sleeps elapse.
        for (let round = 0; round < 100 && settled < calls.length; round++) {
          if (s.count() > 0) await s.waitIdle();
          else await clock.advance(2_000);
        }

        expect(settled, "every caller settles").toBe(calls.length);
        expect(violations).toEqual([]);
        for (const [call, sends] of sendsPerCall)
          expect(sends, `call ${call} sends`).toBeLessThanOrEqual(2);
        for (const error of errors) expect(leaks(error, secrets)).toEqual([]);
        await session[Symbol.asyncDispose]();
      },
    ),
    { numRuns: 150 },
  );
});
