// @provider-clients/adguard-dns/validate: opt-in drift detection, every answer held to our AdGuard DNS spec.
import {
  type ResponseValidationOptions,
  withResponseValidation as withValidators,
} from "@provider-clients/auth/validate";
import type { AdGuardDnsClient } from "./client.js";
import { responseValidators } from "./generated/validators.js";

/** Checks each answer against the spec: `"report"` calls `onSpecMismatch`, `"throw"` raises SpecMismatchError. */
export function withResponseValidation(
  client: AdGuardDnsClient,
  options: ResponseValidationOptions,
): AdGuardDnsClient {
  return withValidators(
    client,
    { provider: "adguard-dns", validators: responseValidators },
    options,
  );
}

export {
  type JsonType,
  type OnSpecMismatch,
  type ResponseValidationOptions,
  type SpecMismatch,
  SpecMismatchError,
  type SpecMismatchReport,
} from "@provider-clients/auth/validate";
