// The public API of every package, rendered by TypeDoc from the built declaration files.
import path from "node:path";
import { Application, type ProjectReflection, ReflectionKind, Renderer } from "typedoc";
import { type EntryPoint, packageEntryPoints } from "./entry-points.js";
import { repoRoot } from "./site-paths.js";

/** Raised when TypeDoc reports any warning or error (an undocumented export, a broken link, ...). */
export class ApiReferenceError extends Error {
  override name = "ApiReferenceError";
}

/** One documented entry: its import specifier and its page, relative to the API reference root. */
export interface ApiEntryPage {
  specifier: string;
  url: string;
}

// Exports, not their members: each exported function, class, interface, type, variable and enum
// (and each method's call signature) needs a comment; generated schema fields carry the spec's prose where it has any.
const requiredToBeDocumented = [
  "Enum",
  "Variable",
  "Function",
  "Class",
  "Interface",
  "TypeAlias",
  "Namespace",
] as const;

/** Writes the API reference of every package entry into `outDir`; throws on any TypeDoc warning. */
export async function buildApiReference(outDir: string, root = repoRoot): Promise<ApiEntryPage[]> {
  const entries = await packageEntryPoints(root);
  const app = await Application.bootstrapWithPlugins({
    name: "provider-clients API",
    entryPoints: entries.map((entry) => entry.declarationFile),
    entryPointStrategy: "resolve",
    alwaysCreateEntryPointModule: true,
    tsconfig: path.join(root, "docs", "tsconfig.typedoc.json"),
    readme: "none",
    disableSources: true,
    disableGit: true,
    excludePrivate: true,
    excludeInternal: true,
    githubPages: false,
    packagesRequiringDocumentation: [...new Set(entries.map((entry) => entry.packageName))],
    requiredToBeDocumented: [...requiredToBeDocumented],
    validation: { notExported: true, notDocumented: true, invalidLink: true, invalidPath: true },
    treatWarningsAsErrors: true,
    treatValidationWarningsAsErrors: true,
    logLevel: "Warn",
  });
  const project = await app.convert();
  if (!project) throw new ApiReferenceError("TypeDoc could not convert the packages (see above)");
  nameModulesBySpecifier(project, entries);
  app.validate(project);
  failOnWarnings(app, "validating");
  const pageUrls = new Map<unknown, string>();
  app.renderer.on(Renderer.EVENT_END_PAGE, (page) => void pageUrls.set(page.model, page.url));
  await app.generateDocs(project, outDir);
  failOnWarnings(app, "rendering");
  return project.getChildrenByKind(ReflectionKind.Module).map((module) => {
    const url = pageUrls.get(module);
    if (url === undefined) throw new ApiReferenceError(`TypeDoc wrote no page for ${module.name}`);
    return { specifier: module.name, url };
  });
}

function failOnWarnings(app: Application, stage: string): void {
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new ApiReferenceError(
      `TypeDoc reported ${app.logger.warningCount} warnings and ${app.logger.errorCount} errors while ${stage} (listed above); an undocumented export needs a one-line /** ... */ comment`,
    );
  }
}

// TypeDoc names modules by file path (`auth/dist/validate`); readers import `@provider-clients/auth/validate`.
function nameModulesBySpecifier(project: ProjectReflection, entries: EntryPoint[]): void {
  const unnamed = new Set(entries.map((entry) => entry.specifier));
  for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
    const id = project.getSymbolIdFromReflection(module);
    const entry = entries.find(
      (candidate) =>
        candidate.packageName === id?.packageName && candidate.typesPath === id.packagePath,
    );
    if (!entry) throw new ApiReferenceError(`no package entry for TypeDoc module ${module.name}`);
    module.name = entry.specifier;
    unnamed.delete(entry.specifier);
  }
  if (unnamed.size > 0) {
    throw new ApiReferenceError(
      `entries missing from the API reference: ${[...unnamed].join(", ")}`,
    );
  }
}
