// @provider-clients/dnsimple/validate: opt-in drift detection, every answer held to our DNSimple spec.
import {
  type ResponseValidationOptions,
  withResponseValidation as withValidators,
} from "@provider-clients/auth/validate";
import type { DnsimpleClient } from "./client.js";
import { responseValidators } from "./generated/validators.js";

/** Checks each answer against the spec: `"report"` calls `onSpecMismatch`, `"throw"` raises SpecMismatchError. */
export function withResponseValidation(
  client: DnsimpleClient,
  options: ResponseValidationOptions,
): DnsimpleClient {
  return withValidators(client, { provider: "dnsimple", validators: responseValidators }, options);
}

export {
  type JsonType,
  type OnSpecMismatch,
  type ResponseValidationOptions,
  type SpecMismatch,
  SpecMismatchError,
  type SpecMismatchReport,
} from "@provider-clients/auth/validate";
