// Which operation each recorded DNSimple answer belongs to, and the answers we accept as broken.

/** Recorded folder names that are older names of our operationIds. */
export const OLDER_FOLDER_NAMES: Readonly<Record<string, string>> = {
  accounts: "listAccounts",
  appliedServices: "listDomainAppliedServices",
  applyService: "applyServiceToDomain",
  applyTemplate: "applyTemplateToDomain",
  createDelegationSignerRecord: "createDomainDelegationSignerRecord",
  deleteDelegationSignerRecord: "deleteDomainDelegationSignerRecord",
  disableDnssec: "disableDomainDnssec",
  dnsAnalytics: "queryDnsAnalytics",
  enableDnssec: "enableDomainDnssec",
  getDelegationSignerRecord: "getDomainDelegationSignerRecord",
  getDnssec: "getDomainDnssec",
  initiatePush: "initiateDomainPush",
  listDelegationSignerRecords: "listDomainDelegationSignerRecords",
  oauthAccessToken: "oauthToken",
  renewDomain: "domainRenew",
  restoreDomain: "domainRestore",
  unapplyService: "unapplyServiceFromDomain",
};

/** Generic answers at the top of the folder, each with the operation that answers it. */
export const TOP_LEVEL_ANSWERS: Readonly<Record<string, string>> = {
  "badgateway.http": "getDomain",
  "method-not-allowed.http": "getDomain",
  "notfound-certificate.http": "getCertificate",
  "notfound-contact.http": "getContact",
  "notfound-delegationSignerRecord.http": "getDomainDelegationSignerRecord",
  "notfound-domain.http": "getDomain",
  "notfound-domainpush.http": "acceptPush",
  "notfound-emailforward.http": "getEmailForward",
  "notfound-record.http": "getZoneRecord",
  "notfound-template.http": "getTemplate",
  "notfound-webhook.http": "getWebhook",
  "notfound-whoisprivacy.http": "enableWhoisPrivacy",
  "notfound-zone.http": "getZone",
  "response.http": "whoami",
  "success-with-malformed-json.http": "getDomain",
  "validation-error.http": "createContact",
};

/**
 * Synthetic paging answers (items cut down to `id`) that belong to no one operation: their
 * `pagination` block is checked against our `Pagination` schema instead.
 */
export const PAGING_ANSWERS: readonly string[] = [
  "pages-1of3.http",
  "pages-2of3.http",
  "pages-3of3.http",
];

/** Reviewed answers that are broken on purpose: no spec can declare them. */
export const BROKEN_ON_PURPOSE: Readonly<Record<string, string>> = {
  "badgateway.http":
    "an nginx 502 HTML page sent by the proxy in front of the API, not by the API; no operation declares HTML",
  "method-not-allowed.http":
    "a 405 with no body and no content type for a method the route lacks; no operation can declare a method it does not have",
  "success-with-malformed-json.http":
    "a 200 whose body is an nginx HTML page under `text/html`: a deliberately broken answer that clients must refuse",
};

/** The operationId a recorded file belongs to (`<folder>/<name>.http` or a top-level file). */
export function operationIdOf(source: string): string | undefined {
  const slash = source.indexOf("/");
  if (slash < 0) return TOP_LEVEL_ANSWERS[source];
  const folder = source.slice(0, slash);
  return OLDER_FOLDER_NAMES[folder] ?? folder;
}
