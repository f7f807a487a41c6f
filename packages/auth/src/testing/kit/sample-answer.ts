// The default answer of an operation: its declared response for a status, with a body sampled from the schema.
import type { KitReply } from "./request-types.js";
import { sampleSchema } from "./sample-schema.js";
import type { KitSpec } from "./spec-types.js";

// Bodies for declared non-JSON answers, by media type family.
const textBodies: Record<string, string> = {
  "application/pdf": "%PDF-1.4\n% fake document\n%%EOF\n",
  "text/csv": "id,name\n1,example\n",
};

/** The status key a status falls under: exact, its range ("4XX"), then "default". */
export function responseKey(
  responses: Readonly<Record<string, unknown>>,
  status: number,
): string | undefined {
  return [String(status), `${String(status)[0]}XX`, "default"].find((k) => k in responses);
}

/** The sampled answer for `status` (default: the first declared 2xx, else the first declared). */
export function sampleAnswer(
  spec: KitSpec,
  operationId: string,
  seed: number,
  status?: number,
): KitReply {
  const responses = spec.operations[operationId]?.responses ?? {};
  const keys = Object.keys(responses);
  const key =
    status === undefined
      ? (keys.find((k) => k.startsWith("2")) ?? keys[0])
      : responseKey(responses, status);
  const chosen = status ?? (key !== undefined && /^\d{3}$/.test(key) ? Number(key) : 200);
  const response = key === undefined ? undefined : responses[key];
  if (response?.schema !== undefined) {
    return {
      status: chosen,
      body: sampleSchema(response.schema, { schemas: spec.schemas, seed, key: operationId }),
    };
  }
  if (response?.contentType !== undefined) {
    const type = response.contentType.split(";")[0]!.trim();
    return {
      status: chosen,
      text: textBodies[type] ?? "fake content\n",
      contentType: response.contentType,
    };
  }
  return { status: chosen, text: "" };
}
