// Starts a fake Dynata server on a fake clock and builds clients pointed at it, sharing that clock.
import {
  createDynataClient,
  type DynataClient,
  type DynataClientOptions,
  type DynataPasswordOptions,
  dynataAuth,
  type TokenSet,
} from "../../src/index.js";
import {
  createFakeClock,
  type FakeClock,
  type FakeServer,
  type FakeServerOptions,
  fakeDynataUser,
  startFakeDynataServer,
} from "../../src/testing/index.js";

/** One request as the client sent it (method, URL, headers, body text). */
export interface SentRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

/** A server, a client factory and everything the client sent and received. */
export interface DynataFixture {
  server: FakeServer;
  /** The fake clock the server and every client share. */
  clock: FakeClock;
  sent: SentRequest[];
  tokens: TokenSet[];
  client(
    options?: Partial<DynataClientOptions> & { login?: Partial<DynataPasswordOptions> },
  ): DynataClient;
  /** Token endpoint requests the fake answered itself (injected faults left out), by endpoint. */
  tokenCalls(): { password: number; refresh: number; logout: number };
  close(): Promise<void>;
}

/** Starts the fake and returns a fixture; call `close()` in afterEach. */
export async function startDynataFixture(
  options: Omit<FakeServerOptions, "clock"> = {},
): Promise<DynataFixture> {
  const clock = createFakeClock();
  const server = await startFakeDynataServer({ clock, ...options });
  const sent: SentRequest[] = [];
  const tokens: TokenSet[] = [];
  // Observes what goes on the wire; the request itself is passed on untouched.
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    sent.push({
      method: request.method,
      url: request.url,
      headers: new Headers(request.headers),
      body: await request.clone().text(),
    });
    return fetch(request);
  };
  return {
    server,
    clock,
    sent,
    tokens,
    client({ login, ...overrides } = {}) {
      return createDynataClient({
        baseUrl: server.url,
        clock,
        fetch: recordingFetch,
        auth: dynataAuth.password({ ...fakeDynataUser, ...login }),
        onTokens: (set) => {
          tokens.push(set);
        },
        ...overrides,
      });
    },
    tokenCalls() {
      const answered = (path: string) => server.requests({ path }).filter((r) => !r.fault).length;
      return {
        password: answered("/auth/v1/token/password"),
        refresh: answered("/auth/v1/token/refresh"),
        logout: answered("/auth/v1/logout"),
      };
    },
    close: () => server.close(),
  };
}

/** A create-project body with `lineItems` line items in the US. */
export function projectBody(extProjectId: string, lineItems = 1) {
  return {
    extProjectId,
    title: `Project ${extProjectId}`,
    category: { surveyTopic: ["AUTOMOTIVE"] },
    lineItems: Array.from({ length: lineItems }, (_, i) => lineItemBody(`li-${i + 1}`)),
  };
}

/** A create-line-item body. */
export function lineItemBody(extLineItemId: string) {
  return {
    extLineItemId,
    title: `Line item ${extLineItemId}`,
    countryISOCode: "US",
    languageISOCode: "en",
    indicativeIncidence: 40,
    daysInField: 10,
    lengthOfInterview: 12,
    targets: [{ count: 200, type: "COMPLETE" as const }],
  };
}

/** Fields of a reprice event on a line item, for `server.seed("events", ...)`. */
export function repriceEvent(extProjectId: string, extLineItemId: string, newValue: number) {
  return { extProjectId, extLineItemId, resource: { costPerInterview: { newValue } } };
}
