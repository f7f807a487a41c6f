// @provider-clients/dynata/validate: opt-in drift detection, every answer held to our Dynata spec.
import {
  type ResponseValidationOptions,
  withResponseValidation as withValidators,
} from "@provider-clients/auth/validate";
import type { DynataClient } from "./client.js";
import { responseValidators } from "./generated/validators.js";

/** Checks each answer against the spec: `"report"` calls `onSpecMismatch`, `"throw"` raises SpecMismatchError. */
export function withResponseValidation(
  client: DynataClient,
  options: ResponseValidationOptions,
): DynataClient {
  return withValidators(client, { provider: "dynata", validators: responseValidators }, options);
}

export {
  type JsonType,
  type OnSpecMismatch,
  type ResponseValidationOptions,
  type SpecMismatch,
  SpecMismatchError,
  type SpecMismatchReport,
} from "@provider-clients/auth/validate";
