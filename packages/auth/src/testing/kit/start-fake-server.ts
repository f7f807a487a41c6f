// Starts a provider's fake from its configuration: route, check, authenticate, answer, check the answer.
import type { IncomingMessage, ServerResponse } from "node:http";
import { systemClock } from "../../clock/system-clock.js";
import { startTestServer } from "../test-server.js";
import { answerAuthorize } from "./authorize-endpoint.js";
import { answerMismatch } from "./check-answer.js";
import { checkRequest } from "./check-request.js";
import type { FakeProviderConfig, KitContext, KitHandler } from "./config-types.js";
import { faultOutcome } from "./fault-replies.js";
import type { FaultSpec, RequestRecord } from "./fault-types.js";
import { createFaults, matches } from "./faults.js";
import { judgeCredential } from "./judge-credential.js";
import { createQuotaMeter } from "./quota.js";
import { plainKitRequest, type RawRequest, readRawRequest } from "./read-request.js";
import type {
  KitError,
  KitErrorKind,
  KitReply,
  KitRequest,
  RequestProblem,
} from "./request-types.js";
import { modelHandlers } from "./resource-answers.js";
import { createResourceStore } from "./resource-store.js";
import type { KitItem } from "./resource-types.js";
import { createRouter } from "./route-request.js";
import { sampleAnswer } from "./sample-answer.js";
import type {
  FakeServer,
  FakeServerOptions,
  FakeServerState,
  RequestMatch,
} from "./server-types.js";
import { createTokenBook } from "./token-authority.js";
import { answerTokenRequest, type TokenParties } from "./token-endpoint.js";
import { writeReply } from "./write-reply.js";

const kitStatus: Record<KitErrorKind, number> = {
  "not-found": 404,
  "method-not-allowed": 405,
  "invalid-request": 400,
  "unsupported-media-type": 415,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  "rate-limited": 429,
  "server-error": 500,
};

type Answered = {
  reply: KitReply | "reset";
  record: Omit<RequestRecord, "status" | "method" | "path">;
};

/** Starts `config`'s fake on 127.0.0.1; every fake takes the same options and has the same methods. */
export async function startFakeServer<R extends Record<string, KitItem> = Record<string, KitItem>>(
  config: FakeProviderConfig,
  options: FakeServerOptions = {},
): Promise<FakeServer<R>> {
  const clock = options.clock ?? systemClock;
  const now = () => clock.now();
  const seed = options.seed ?? 1;
  const checkAnswers = options.checkAnswers ?? process.env.VITEST !== undefined;
  const policy = {
    ...config.auth.policy,
    ...(options.accessTokenTtlSeconds === undefined
      ? {}
      : { accessTokenTtlSeconds: options.accessTokenTtlSeconds }),
  };
  const book = createTokenBook(clock, policy);
  const credentials = config.credentials;
  const parties: TokenParties = {
    book,
    policy,
    clients: options.clients ?? credentials.clients ?? [],
    users: options.users ?? credentials.users ?? [],
  };
  const rules = {
    auth: config.auth,
    apiKeys: new Set(options.apiKeys ?? credentials.apiKeys ?? []),
    bearerTokens: new Set(options.bearerTokens ?? credentials.bearerTokens ?? []),
    verify: (token: string) => book.verify(token),
  };
  const approveAs = options.approveAs !== undefined ? options.approveAs : credentials.approveAs;
  const models = config.resources ?? [];
  const store = createResourceStore(models, { spec: config.spec, seed, now });
  config.seedData?.(store);
  const router = createRouter(
    config.operations,
    config.basePath,
    config.caseInsensitivePaths ?? false,
  );
  const faults = createFaults();
  const quota = config.quota ? createQuotaMeter(config.quota, now) : undefined;
  const log: RequestRecord[] = [];
  const mismatches: string[] = [];
  const byModel = modelHandlers(models, config.spec);
  const custom = new Map(Object.entries(config.handlers ?? {}));

  const errorReply = (error: KitError): KitReply => {
    const headers = config.errors.headers?.(error);
    return {
      status: error.status,
      body: config.errors.body(error),
      ...(headers ? { headers } : {}),
    };
  };
  const statusOf = (kind: KitErrorKind) => config.errors.status?.[kind] ?? kitStatus[kind];
  const fail = (
    path: string,
    kind: KitErrorKind,
    message: string,
    problems: readonly RequestProblem[] = [],
    status = statusOf(kind),
  ) => errorReply({ kind, status, message, problems, path });
  const finish = (reply: KitReply, request: KitRequest) =>
    config.finish && reply.body !== undefined ? config.finish(reply, request) : reply;

  // Aborted by close(): a pending `delay` fault stops waiting and drops its connection.
  const closing = new AbortController();
  /** A fault's reply, "reset", or undefined to go on (after a delay, or for an expired token). */
  const applyFault = async (fault: FaultSpec | undefined, path: string) => {
    if (!fault) return undefined;
    const at = (error: KitError) => errorReply({ ...error, path });
    const outcome = await faultOutcome(
      fault,
      at,
      statusOf("rate-limited"),
      quota?.spent,
      closing.signal,
    );
    return outcome === "continue" ? undefined : outcome;
  };

  const answerSpecial = async (raw: RawRequest): Promise<Answered | undefined> => {
    const endpoint = config.auth.tokenEndpoints?.find(
      (e) => e.method.toUpperCase() === raw.method && e.path === raw.path,
    );
    const authorize = config.auth.authorize;
    const isAuthorize =
      authorize !== undefined && raw.method === "GET" && raw.path === authorize.path;
    const extra = config.extraRoutes?.find(
      (r) => r.method.toUpperCase() === raw.method && r.path === raw.path,
    );
    if (!endpoint && !isAuthorize && !extra) return undefined;
    const route = endpoint ? "token" : isAuthorize ? "authorize" : "extra";
    // Every token endpoint hit counts, faulted ones too (a retried token request is two).
    if (endpoint) book.countRequest();
    const fault = faults.take({ method: raw.method, path: raw.path });
    const faulted = await applyFault(fault, raw.path);
    const record = {
      route,
      credential: "none",
      ...(fault && faulted ? { fault: fault.kind } : {}),
    } as const;
    if (faulted) return { reply: faulted, record };
    const request = plainKitRequest(raw);
    if (endpoint) {
      const { reply, grant } = answerTokenRequest(endpoint, request, parties);
      return { reply, record: { ...record, grant } };
    }
    if (isAuthorize)
      return { reply: answerAuthorize(authorize, request, parties, approveAs), record };
    return { reply: await extra!.handle(request), record };
  };

  const answerApi = async (raw: RawRequest): Promise<Answered> => {
    const routed = router.route(raw.method, raw.path);
    if ("found" in routed) {
      const other = routed.found === "other-method";
      const reply = other
        ? fail(raw.path, "method-not-allowed", `${raw.method} is not allowed here.`)
        : fail(raw.path, "not-found", "No such endpoint.");
      return { reply, record: { route: "unknown", credential: "none" } };
    }
    const { operationId, specPath } = routed;
    const judged = judgeCredential(raw.headers, rules, raw.searchParams);
    // The key is the credential's, not the operation's: validators and handlers see the query without it.
    if (config.auth.queryKey) raw.searchParams.delete(config.auth.queryKey.param);
    const fault = faults.take({ method: raw.method, path: raw.path, specPath, operationId });
    const faulted = await applyFault(fault, raw.path);
    const base = { route: "api", operationId, specPath, credential: judged.credential } as const;
    if (faulted) return { reply: faulted, record: { ...base, fault: fault!.kind } };
    const security = config.operations[operationId]!.security;
    const needsCredential =
      security.length > 0 && !security.some((s) => Object.keys(s).length === 0);
    const expired = fault?.kind === "expired-token";
    if (needsCredential && (judged.subject === undefined || expired)) {
      const reply = fail(
        raw.path,
        "unauthorized",
        expired ? "The access token has expired." : "Authentication failed.",
      );
      return {
        reply,
        record: { ...base, ...(expired ? { fault: "expired-token" as const } : {}) },
      };
    }
    const checked = checkRequest(
      raw,
      routed,
      config.spec.operations[operationId],
      config.requestValidators,
    );
    if (!checked.ok) {
      const message = checked.problems.map((p) => p.message).join("; ");
      return { reply: fail(raw.path, checked.kind, message, checked.problems), record: base };
    }
    const context: KitContext = {
      request: checked.request,
      operationId,
      resources: store,
      tokens: book,
      subject: judged.subject,
      now,
      sample: (status) => sampleAnswer(config.spec, operationId, seed, status),
      fail: (kind, message, status) => fail(raw.path, kind, message, [], status),
    };
    const handlers = [custom.get(operationId), byModel.get(operationId)].filter(
      (h): h is KitHandler => h !== undefined,
    );
    let reply: KitReply | undefined;
    for (const handler of handlers) {
      reply = await handler(context);
      if (reply) break;
    }
    reply = finish(reply ?? context.sample(), checked.request);
    if (checkAnswers) {
      const mismatch = answerMismatch(config.responseValidators, operationId, reply);
      if (mismatch) {
        mismatches.push(mismatch);
        reply = { status: 500, text: `fake ${config.provider}: ${mismatch}` };
      }
    }
    return { reply, record: base };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const raw = await readRawRequest(request);
    const metered = raw.path.startsWith(`${config.basePath}/`)
      ? quota?.take(raw.headers.authorization ?? "")
      : undefined;
    const answered =
      metered?.allowed === false
        ? {
            reply: fail(raw.path, "rate-limited", "Too many requests."),
            record: { route: "unknown", credential: "none" } as const,
          }
        : ((await answerSpecial(raw)) ?? (await answerApi(raw)));
    const { record } = answered;
    const reply =
      metered && answered.reply !== "reset"
        ? { ...answered.reply, headers: { ...metered.headers, ...answered.reply.headers } }
        : answered.reply;
    log.push({
      method: raw.method,
      path: raw.path,
      ...record,
      status: reply === "reset" ? 0 : reply.status,
    });
    if (reply === "reset") request.socket.destroy();
    else writeReply(response, reply, now());
  };

  const server = await startTestServer(handle, options.port);
  const filtered = (match: RequestMatch = {}) =>
    log.filter(
      (r) =>
        matches(match, r) &&
        (match.route === undefined || match.route === r.route) &&
        (match.status === undefined || match.status === r.status),
    );
  const state = ((resource?: string, parentId?: unknown) => {
    if (resource !== undefined) return store.list(resource, parentId);
    const resources = Object.fromEntries(models.map((m) => [m.name, store.list(m.name)]));
    return { resources, tokens: book.counts() } satisfies FakeServerState;
  }) as unknown as FakeServer<R>["state"];
  return {
    url: `${server.url}${config.basePath}`,
    origin: server.url,
    clock,
    seed: (resource, fields = {}, parentId) =>
      store.create(resource, fields, parentId) as R[typeof resource],
    state,
    requests: filtered,
    count: (match) => filtered(match).length,
    faults: { inject: faults.inject, clear: faults.clear, pending: faults.pending },
    tokens: book,
    async close() {
      closing.abort();
      await server.close();
      if (mismatches.length > 0) {
        throw new Error(
          `fake ${config.provider} answered against its spec:\n  ${mismatches.join("\n  ")}`,
        );
      }
    },
  };
}
