// Dynu's fake as kit configuration: error envelope, API key and client-credentials wire format, DNS resources.
import {
  type FakeProviderConfig,
  type KitItem,
  type KitReply,
  type ResourceModel,
  readBasic,
} from "@provider-clients/auth/testing";
import { fakeSpec } from "../generated/fake-spec.js";
import { operations } from "../generated/operations.js";
import { requestValidators } from "../generated/request-validators.js";
import { responseValidators } from "../generated/validators.js";
import { dynuTokenLifetimeSeconds } from "../provider.js";
import { fakeDynuCredentials } from "./fake-credentials.js";
import { dnsRules } from "./fake-dns-rules.js";
import { recordContent } from "./fake-records.js";
import { dynuErrorBody, dynuExceptionType } from "./fake-responses.js";

const basePath = "/v2";
const stamp = (now: number) => new Date(now).toISOString();
// Dynu answers every list with its own key beside statusCode; items are merged into the envelope.
const list = (
  name: string,
  listAt: string,
  ops: ResourceModel["operations"],
  more: Partial<ResourceModel> = {},
): ResourceModel => ({
  name,
  listAt,
  operations: ops,
  ...more,
});

const resources: ResourceModel[] = [
  list(
    "domains",
    "domains",
    {
      list: "dnsGet",
      create: "dnsPost",
      read: "dnsIdGet",
      update: "dnsIdPost",
      delete: "dnsIdDelete",
    },
    {
      label: "Domain",
      itemSchema: "DNS.domain",
      defaults: {
        state: "Complete",
        group: "",
        ipv4Address: "",
        ipv6Address: "",
        ttl: 90,
        ipv4: true,
        ipv6: false,
        ipv4WildcardAlias: false,
        ipv6WildcardAlias: false,
        allowZoneTransfer: false,
        dnssec: false,
      },
      derive(domain, { now, created }) {
        domain.name = String(domain.name).toLowerCase();
        domain.unicodeName = domain.name;
        if (created) domain.createdOn = stamp(now());
        domain.updatedOn = stamp(now());
      },
    },
  ),
  list(
    "records",
    "dnsRecords",
    {
      list: "dnsIdRecordGet",
      create: "dnsIdRecordPost",
      read: "dnsIdRecordDnsRecordIdGet",
      update: "dnsIdRecordDnsRecordIdPost",
      delete: "dnsIdRecordDnsRecordIdDelete",
    },
    {
      label: "DNS record",
      itemSchema: "DNS.dnsRecord",
      idParam: "dnsRecordId",
      parent: { resource: "domains", param: "id", field: "domainId" },
      defaults: { nodeName: "", ttl: 300, state: true },
      derive(record, { now, store }) {
        const domain = store.get("domains", record.domainId);
        const name = String(domain?.name ?? "");
        record.domainName = name;
        record.hostname = record.nodeName ? `${String(record.nodeName)}.${name}` : name;
        record.content = recordContent(record);
        record.updatedOn = stamp(now());
      },
    },
  ),
  list(
    "groups",
    "groups",
    {
      list: "dnsGroupGet",
      create: "dnsGroupPost",
      update: "dnsGroupIdPost",
      delete: "dnsGroupIdDelete",
    },
    { label: "Group", itemSchema: "DNS.dnsGroup" },
  ),
  list(
    "webRedirects",
    "webRedirects",
    {
      list: "dnsIdWebRedirectGet",
      create: "dnsIdWebRedirectPost",
      read: "dnsIdWebRedirectWebRedirectIdGet",
      update: "dnsIdWebRedirectWebRedirectIdPost",
      delete: "dnsIdWebRedirectWebRedirectIdDelete",
    },
    {
      label: "Web redirect",
      itemSchema: "DNS.webRedirect",
      idParam: "webRedirectId",
      parent: { resource: "domains", param: "id", field: "domainId" },
    },
  ),
  list(
    "monitors",
    "monitors",
    {
      list: "monitorGet",
      create: "monitorAddPost",
      read: "monitorGetId",
      delete: "monitorDeleteGetId",
    },
    { label: "Monitor", itemSchema: "Monitor.monitorHTTP" },
  ),
];

/** Dynu's envelope: every JSON answer carries its status as `statusCode`; successes carry no exception. */
function envelope(reply: KitReply): KitReply {
  const body = reply.body;
  if (typeof body !== "object" || body === null || Array.isArray(body)) return reply;
  const out: KitItem = { ...body, statusCode: reply.status };
  if (reply.status < 400) delete out.exception;
  return { ...reply, body: out };
}

/** Everything that makes the kit's fake Dynu. */
export const dynuFakeConfig: FakeProviderConfig = {
  provider: "dynu",
  basePath,
  operations,
  spec: fakeSpec,
  requestValidators,
  responseValidators,
  caseInsensitivePaths: true,
  errors: {
    // Dynu refuses bad arguments with 501 Argument Exception (and bad JSON with a Parse Exception).
    status: { "invalid-request": 501, "unsupported-media-type": 501 },
    body: (error) => dynuErrorBody(error.status, dynuExceptionType(error), error.message),
  },
  auth: {
    apiKey: { header: "API-Key" },
    bearer: true,
    policy: { accessTokenTtlSeconds: dynuTokenLifetimeSeconds, rotateRefreshTokens: false },
    tokenEndpoints: [
      {
        method: "GET",
        path: `${basePath}/oauth2/token`,
        grants: ["client_credentials"],
        read: (request) => {
          const basic = readBasic(request.headers.authorization);
          return {
            grant: "client_credentials",
            ...(basic ? { clientId: basic.id, clientSecret: basic.secret } : {}),
          };
        },
        write: (tokens) => ({
          status: 200,
          body: {
            access_token: tokens.accessToken,
            token_type: "bearer",
            expires_in: tokens.expiresIn,
            roles: ["user"],
          },
          headers: { "cache-control": "no-store", pragma: "no-cache" },
        }),
        refuse: (refusal) => ({
          status: 401,
          body: { error: "invalid_client", error_description: refusal.description },
          headers: { "www-authenticate": 'Basic realm="Dynu API"', "cache-control": "no-store" },
        }),
      },
    ],
  },
  credentials: {
    apiKeys: [fakeDynuCredentials.apiKey],
    clients: [
      { clientId: fakeDynuCredentials.clientId, clientSecret: fakeDynuCredentials.clientSecret },
    ],
  },
  resources,
  handlers: dnsRules,
  finish: envelope,
};
