// @provider-clients/dynu/validate: opt-in drift detection, every answer held to our Dynu spec.
import {
  type ResponseValidationOptions,
  withResponseValidation as withValidators,
} from "@provider-clients/auth/validate";
import type { DynuClient } from "./client.js";
import { responseValidators } from "./generated/validators.js";

/** Checks each answer against the spec: `"report"` calls `onSpecMismatch`, `"throw"` raises SpecMismatchError. */
export function withResponseValidation(
  client: DynuClient,
  options: ResponseValidationOptions,
): DynuClient {
  return withValidators(client, { provider: "dynu", validators: responseValidators }, options);
}

export {
  type JsonType,
  type OnSpecMismatch,
  type ResponseValidationOptions,
  type SpecMismatch,
  SpecMismatchError,
  type SpecMismatchReport,
} from "@provider-clients/auth/validate";
