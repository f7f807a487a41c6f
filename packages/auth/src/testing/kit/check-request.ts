// Validates a routed request against the spec: parameters (coerced from strings), content type and body.
import type { ValidatorError } from "../../validate/types.js";
import { parseBody, queryObject, type RawRequest } from "./read-request.js";
import type { KitRequest, RequestProblem } from "./request-types.js";
import type { KitOperation, RequestValidators } from "./spec-types.js";

/** The routed request with coerced parameters, or what is wrong with it. */
export type CheckedRequest =
  | { ok: true; request: KitRequest }
  | { ok: false; kind: "invalid-request" | "unsupported-media-type"; problems: RequestProblem[] };

/** Checks `raw` for one operation; `params` are the path parameters as matched (strings). */
export function checkRequest(
  raw: RawRequest,
  route: { operationId: string; specPath: string; params: Record<string, string> },
  operation: KitOperation | undefined,
  validators: RequestValidators,
): CheckedRequest {
  const problems: RequestProblem[] = [];
  const declared = operation?.requestBody;
  const hasBody = raw.text.trim() !== "";
  if (declared && hasBody && raw.contentType !== undefined) {
    const accepted = declared.contentTypes.map((t) => t.split(";")[0]!.trim().toLowerCase());
    if (accepted.length > 0 && !accepted.includes(raw.contentType) && !accepted.includes("*/*")) {
      const message = `content type must be ${accepted.join(" or ")}`;
      return {
        ok: false,
        kind: "unsupported-media-type",
        problems: [{ in: "content-type", name: "", keyword: "content-type", message }],
      };
    }
  }
  const { body, parseError } = parseBody(raw);
  if (parseError)
    problems.push({
      in: "body",
      name: "",
      keyword: "parse",
      message: "the body is not valid JSON",
    });
  if (declared?.required && !hasBody) {
    problems.push({
      in: "body",
      name: "",
      keyword: "required",
      message: "a request body is required",
    });
  }
  const validator = validators[route.operationId];
  const values = {
    path: { ...route.params },
    query: queryObject(raw.searchParams),
    header: { ...raw.headers },
  };
  if (validator?.parameters && !validator.parameters(values)) {
    problems.push(...(validator.parameters.errors ?? []).map(parameterProblem));
  }
  if (validator?.body && hasBody && !parseError && !validator.body(body)) {
    problems.push(...(validator.body.errors ?? []).map(bodyProblem));
  }
  if (problems.length > 0) return { ok: false, kind: "invalid-request", problems };
  return {
    ok: true,
    request: {
      method: raw.method,
      path: raw.path,
      operationId: route.operationId,
      specPath: route.specPath,
      params: values.path,
      query: values.query,
      headers: raw.headers,
      text: raw.text,
      body,
      ...(raw.contentType === undefined ? {} : { contentType: raw.contentType }),
    },
  };
}

// `/query/ttl` -> in query, name ttl; a missing one is named by ajv's params.
function parameterProblem(error: ValidatorError): RequestProblem {
  const [, location = "query", ...rest] = error.instancePath.split("/");
  const missing = error.params.missingProperty;
  const name = typeof missing === "string" && rest.length === 0 ? missing : (rest[0] ?? "");
  return {
    in: location === "path" || location === "header" ? location : "query",
    name: decodePointer(name),
    keyword: error.keyword,
    message: `${decodePointer(name)} ${sentence(error)}`,
  };
}

function bodyProblem(error: ValidatorError): RequestProblem {
  const missing = error.params.missingProperty;
  const pointer =
    typeof missing === "string" ? `${error.instancePath}/${missing}` : error.instancePath;
  const name = pointer === "" ? "body" : pointer.slice(1).replaceAll("/", ".");
  return {
    in: "body",
    name: pointer,
    keyword: error.keyword,
    message: `${decodePointer(name)} ${sentence(error)}`,
  };
}

/** What a failed keyword means, in a few words (never the value found). */
function sentence(error: ValidatorError): string {
  const p = error.params;
  switch (error.keyword) {
    case "required":
      return "is required";
    case "type":
      return `must be ${String(p.type)}`;
    case "enum":
      return "must be one of the allowed values";
    case "additionalProperties":
      return `has an unknown field ${String(p.additionalProperty)}`;
    case "pattern":
      return "does not have the required format";
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${String(p.comparison)} ${String(p.limit)}`;
    case "minLength":
    case "maxLength":
    case "minItems":
    case "maxItems":
      return `breaks the ${error.keyword} limit of ${String(p.limit)}`;
    default:
      return `fails ${error.keyword}`;
  }
}

const decodePointer = (segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~");
