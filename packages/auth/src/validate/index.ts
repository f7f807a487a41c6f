// @provider-clients/auth/validate: opt-in drift detection, kept out of the default entry.

export {
  SpecMismatchError,
  type SpecMismatchErrorOptions,
} from "../errors/spec-mismatch-error.js";
export type {
  JsonType,
  OnSpecMismatch,
  ResponseValidationOptions,
  ResponseValidator,
  ResponseValidators,
  SpecMismatch,
  SpecMismatchReport,
  ValidatorError,
} from "./types.js";
export {
  type ProviderValidators,
  responseValidationMiddleware,
  type ValidatableClient,
  withResponseValidation,
} from "./with-response-validation.js";
