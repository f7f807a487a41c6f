// Opt-in drift detection: an openapi-fetch middleware that holds every answer to the generated validators.
import type { Middleware } from "openapi-fetch";
import { operationIndex } from "../client/operation-index.js";
import type { OperationMap } from "../client/types.js";
import { SpecMismatchError } from "../errors/spec-mismatch-error.js";
import { type AnswerBody, declaredResponse, mismatchesOf } from "./check-answer.js";
import type { ResponseValidationOptions, ResponseValidators, SpecMismatchReport } from "./types.js";
import { hasNoBody, watchBody } from "./watch-body.js";

/** What a provider package knows: its name and its generated validators. */
export interface ProviderValidators {
  provider: string;
  validators: ResponseValidators;
}

/** The part of a provider client drift detection needs: middleware and the operation map. */
export interface ValidatableClient {
  /** Adds openapi-fetch middleware to the client. */
  use(...middleware: Middleware[]): void;
  operations: OperationMap;
}

/** Adds drift detection to `client` (the same client, returned for chaining). */
export function withResponseValidation<C extends ValidatableClient>(
  client: C,
  provider: ProviderValidators,
  options: ResponseValidationOptions,
): C {
  client.use(responseValidationMiddleware(client.operations, provider, options));
  return client;
}

/** The middleware: finds the operation from method and path template, checks the body as the client reads it. */
export function responseValidationMiddleware(
  operations: OperationMap,
  { provider, validators }: ProviderValidators,
  options: ResponseValidationOptions,
): Middleware {
  // The client's own lookup by method and spec path; no base URL, as only schema paths are looked up.
  const index = operationIndex(operations, "");
  const raise = (report: SpecMismatchReport, request: Request, response: Response) => {
    options.onSpecMismatch?.(report);
    if (options.validateResponses === "throw") {
      throw new SpecMismatchError(report, { provider, url: response.url || request.url, response });
    }
  };
  return {
    onResponse({ request, response, schemaPath }) {
      const method = request.method.toUpperCase();
      const operationId = index.operationIdOf(method, schemaPath);
      if (operationId === undefined) return undefined;
      const { status } = response;
      const report = { operationId, method, status };
      const declared = declaredResponse(validators, operationId, status);
      if (!declared) {
        raise({ ...report, statusDeclared: false, mismatches: [] }, request, response);
      } else if (declared.validate) {
        const validate = declared.validate;
        const check = (body: AnswerBody) => {
          const mismatches = mismatchesOf(validate, body);
          if (mismatches.length > 0) {
            raise({ ...report, statusDeclared: true, mismatches }, request, response);
          }
        };
        if (hasNoBody(response, method)) check({ kind: "empty" });
        else watchBody(response, check);
      }
      return undefined;
    },
  };
}
