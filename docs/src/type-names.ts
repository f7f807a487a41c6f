// How a reader names a body's type in TypeScript, with the types each provider package exports.
import type { ContentDoc, OperationDoc } from "./operation-model.js";
import { schemaName } from "./schema-summary.js";

const componentType = (name: string) => `components["schemas"][${JSON.stringify(name)}]`;

// openapi-typescript keys numeric statuses as numbers and `default`/`4XX` as strings.
const statusKey = (status: string) => (/^\d+$/.test(status) ? status : JSON.stringify(status));

/** The type of a request body's content, as imported from the provider package. */
export function requestBodyType(operation: OperationDoc, content: ContentDoc): string {
  const name = schemaName(content.schema);
  if (name !== undefined) return componentType(name);
  return `NonNullable<paths[${JSON.stringify(operation.path)}][${JSON.stringify(operation.method.toLowerCase())}]["requestBody"]>["content"][${JSON.stringify(content.contentType)}]`;
}

/** The type of one response's content, as imported from the provider package. */
export function responseType(operation: OperationDoc, status: string, content: ContentDoc): string {
  const name = schemaName(content.schema);
  if (name !== undefined) return componentType(name);
  return `paths[${JSON.stringify(operation.path)}][${JSON.stringify(operation.method.toLowerCase())}]["responses"][${statusKey(status)}]["content"][${JSON.stringify(content.contentType)}]`;
}

/** Every type name the reference shows for an operation (the docs tests compile each one). */
export function typeNamesOf(operation: OperationDoc): string[] {
  const names = (operation.requestBody?.content ?? []).map((c) => requestBodyType(operation, c));
  for (const response of operation.responses) {
    for (const content of response.content)
      names.push(responseType(operation, response.status, content));
  }
  return names;
}
