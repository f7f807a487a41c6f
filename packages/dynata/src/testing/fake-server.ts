// startFakeDynataServer: the kit's fake server, configured with Dynata's auth wire format, errors and resources.
import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import type {
  FakeProviderConfig,
  FakeServer,
  FakeServerOptions,
  FakeUser,
  KitItem,
  KitReply,
} from "@provider-clients/auth/testing";
import {
  startFakeServer,
  type TokenEndpoint,
  type TokenGrant,
} from "@provider-clients/auth/testing";
import { fakeSpec } from "../generated/fake-spec.js";
import type { components } from "../generated/index.js";
import { operations } from "../generated/operations.js";
import { requestValidators } from "../generated/request-validators.js";
import { responseValidators } from "../generated/validators.js";
import { billingHandlers } from "./fake-billing-handlers.js";
import { authError, byQuery, finish, offsetPaging } from "./fake-envelope.js";
import { eventHandlers, eventModel } from "./fake-event-handlers.js";
import { projectHandlers } from "./fake-project-handlers.js";
import { referenceHandlers, referenceModels } from "./fake-reference-handlers.js";
import { seedReferenceData } from "./fake-seed-data.js";

type Schemas = components["schemas"];

/** The login the fake accepts unless `users` says otherwise. */
export const fakeDynataUser: Readonly<FakeUser> = Object.freeze({
  username: "demo-user",
  password: "demo-password",
});

/** A token endpoint of Dynata's: camelCase JSON in, the token pair in its own media type out. */
function tokenEndpoint(path: string, grant: TokenGrant): TokenEndpoint {
  return {
    ...{ method: "POST", path, grants: [grant] },
    read({ body }) {
      // The kit's field names are Dynata's, but for redirectURI; without clientId no client is named.
      const sent = Object.entries(body ?? {}).filter(([, value]) => typeof value === "string");
      const fields = sent.map(([k, v]) => [k === "redirectURI" ? "redirectUri" : k, v]);
      return { clientId: "", ...Object.fromEntries(fields), grant };
    },
    write: ({ accessToken, expiresIn, refreshToken, refreshExpiresIn }) => ({
      ...{ status: 200, contentType: "application/vnd.token+json" },
      body: { accessToken, expiresIn, refreshToken, refreshExpiresIn },
    }),
    refuse: ({ error, description, status }) =>
      authError(error === "invalid_grant" ? 401 : status, error, description),
  };
}

/** Dynata's fake as kit configuration; `origin` and `now` tie its links and error times to one server. */
export function dynataFakeConfig(origin = () => "", now = Date.now): FakeProviderConfig {
  return {
    ...{ provider: "dynata", basePath: "", operations, spec: fakeSpec },
    ...{ requestValidators, responseValidators, finish, seedData: seedReferenceData },
    errors: {
      // A body the API can't read is a 400 like any other bad request.
      status: { "unsupported-media-type": 400 },
      body: ({ status, message, problems, path = "" }) => ({
        ...{ timestamp: new Date(now()).toISOString(), requestId: randomUUID(), path },
        ...{ httpCode: status, httpPhrase: STATUS_CODES[status] ?? "Error" },
        errors: problems.length
          ? problems.map((p) => ({ path: p.name, message: p.message }))
          : [{ message }],
      }),
      headers: ({ status }) => (status === 401 ? { "www-authenticate": "Bearer" } : undefined),
    },
    auth: {
      bearer: true,
      // Access tokens live 30 minutes, refresh tokens a day; each refresh rotates the refresh token.
      policy: { accessTokenTtlSeconds: 1800, refreshTokenTtlSeconds: 86_400 },
      tokenEndpoints: [
        tokenEndpoint("/auth/v1/token/password", "password"),
        tokenEndpoint("/auth/v1/token/refresh", "refresh_token"),
        tokenEndpoint("/auth/v1/switchCompany", "refresh_token"),
        tokenEndpoint("/auth/v1/token/code", "authorization_code"),
      ],
    },
    // "api" is the only application id the API's schema allows; it has no secret.
    credentials: { users: [fakeDynataUser], clients: [{ clientId: "api" }] },
    resources: [
      {
        ...{ name: "projects", label: "project", ids: { kind: "given" } },
        ...{ idField: "extProjectId", idParam: "extProjectId" },
        ...{ itemAt: "data", listAt: "data", pagination: offsetPaging },
        operations: { list: "projectsList", read: "projectsGet" },
        narrow: byQuery(["extProjectId", "title", "state", "jobNumber"], true),
      },
      eventModel(origin),
      ...referenceModels,
    ],
    handlers: {
      ...projectHandlers(origin),
      ...eventHandlers,
      ...billingHandlers,
      ...referenceHandlers,
      // Logout ends the session: both of its tokens stop working at once.
      authLogout({ request, tokens }) {
        const sent = request.body as Schemas["LogoutRequest"];
        const known = [tokens.revoke(sent.accessToken), tokens.revoke(sent.refreshToken)];
        if (known.includes(true)) return { status: 204 };
        return authError(401, "invalid_grant", "neither token belongs to a live session");
      },
    },
  };
}

/** The fake Dynata's resources and their items (line items live inside their project). */
export interface FakeDynataResources extends Record<string, KitItem> {
  projects: Schemas["Project"];
  events: Schemas["Event"];
  templates: Schemas["Template"];
  countries: Schemas["Country"];
  attributes: Schemas["Attribute"];
}

/** A running fake Dynata. */
export type FakeDynataServer = FakeServer<FakeDynataResources>;

/** Starts the fake Dynata API on 127.0.0.1; `url` is the bare host, as for the real API. */
export async function startFakeDynataServer(
  options: FakeServerOptions = {},
): Promise<FakeDynataServer> {
  let origin = "";
  const config = dynataFakeConfig(
    () => origin,
    () => options.clock?.now() ?? Date.now(),
  );
  const server = await startFakeServer<FakeDynataResources>(config, options);
  origin = server.origin;
  return server;
}
