// Renders every generated file of one provider in memory, so nothing is written unless all succeed.
import path from "node:path";
import { loadCheckedDocument } from "../openapi/resolve-refs.js";
import { readRegistry } from "../providers/registry.js";
import { collectKitOperations } from "./collect-kit-operations.js";
import { generatedHeader } from "./header.js";
import { renderEnums } from "./render-enums.js";
import { renderFakeSpec } from "./render-fake-spec.js";
import { collectOperations, renderOperations } from "./render-operations.js";
import { renderRequestValidators } from "./render-request-validators.js";
import {
  hasStaticCredentials,
  renderStaticClient,
  renderStaticCredentials,
} from "./render-static-client.js";
import { renderTypes } from "./render-types.js";
import { renderValidators } from "./render-validators.js";
import { repoRoot, specPath } from "./repo-paths.js";

/** File name -> content for a provider's `src/generated/` folder. */
export type GeneratedFiles = Map<string, string>;

/** Loads the provider's spec and renders `openapi.ts`, `operations.ts`, `validators.ts`, the kit's `fake-spec.ts` and `request-validators.ts`, `enums.ts`, `index.ts`, `static-credentials.ts` for static credentials, and `client.ts` when the registry entry asks for a generated client. */
export async function renderProvider(provider: string, root = repoRoot): Promise<GeneratedFiles> {
  const file = specPath(provider, root);
  const relative = path.relative(root, file).split(path.sep).join("/");
  const doc = await loadCheckedDocument(file);
  const header = generatedHeader(relative);
  const files: GeneratedFiles = new Map();
  files.set("openapi.ts", `${header}\n${await renderTypes(doc)}`);
  // One walk of the paths serves the operation map and the validator table.
  const entries = collectOperations(doc, relative);
  files.set("operations.ts", `${header}\n${renderOperations(doc, entries)}`);
  files.set("validators.ts", `${header}\n${renderValidators(doc, relative, entries)}`);
  // For the fake-server kit (the testing entry only) and enum arrays (any entry).
  const kitOperations = collectKitOperations(doc, relative, entries);
  files.set("fake-spec.ts", `${header}\n${renderFakeSpec(doc, kitOperations)}`);
  files.set(
    "request-validators.ts",
    `${header}\n${renderRequestValidators(doc, relative, kitOperations)}`,
  );
  files.set("enums.ts", `${header}\n${renderEnums(doc)}`);
  // Static credentials declared in source.json are written, not coded; so is a static-only client.
  const entry = readRegistry(root).find((candidate) => candidate.name === provider);
  const schemes = (doc.components as { securitySchemes?: Record<string, unknown> } | undefined)
    ?.securitySchemes;
  if (entry && hasStaticCredentials(entry))
    files.set(
      "static-credentials.ts",
      `${header}\n${renderStaticCredentials(entry, schemes ?? {})}`,
    );
  if (entry?.generatedClient) files.set("client.ts", `${header}\n${renderStaticClient(entry)}`);
  files.set(
    "index.ts",
    header +
      "\n" +
      'export type { paths, components, operations as operationTypes } from "./openapi.js";\n' +
      'export { operations, securitySchemes, servers } from "./operations.js";\n' +
      'export type { OperationId } from "./operations.js";\n',
  );
  return files;
}
