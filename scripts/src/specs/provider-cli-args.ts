// The flags specs:fetch and specs:update share: provider, mirror or document, limits, plus one folder flag each.
// `--from` is a mirror base (`<base>/<provider>/<upstream file name>`), or with one --provider
// also that provider's document itself (a file, or a URL ending in .json/.yaml/.yml).
import { parseArgs } from "node:util";
import { providers } from "../generate/repo-paths.js";
import { namesDocument } from "./fetch/fetch-provider.js";

/** Parsed flags, or the exit code to stop with (0 after --help, 2 on a usage error). */
export type ProviderCliArgs =
  | {
      ok: true;
      chosen: string[];
      from: string | undefined;
      /** `from` names the one provider's document itself (only allowed with --provider). */
      fromDocument: boolean;
      timeoutMs: number;
      maxBytes: number;
      /** The value of the command's extra folder flag (`--cache` or `--root`). */
      folder: string | undefined;
      /** The values of the command's own extra flags. */
      extra: Record<string, string | boolean | undefined>;
    }
  | { ok: false; exitCode: 0 | 2 };

/** Parses argv for a provider-spec command, printing usage or the error as needed. */
export function parseProviderCliArgs(
  argv: string[],
  usage: string,
  folderFlag: string,
  extraFlags: Record<string, "string" | "boolean"> = {},
): ProviderCliArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        provider: { type: "string" },
        from: { type: "string" },
        "timeout-ms": { type: "string" },
        "max-bytes": { type: "string" },
        [folderFlag]: { type: "string" },
        ...Object.fromEntries(Object.entries(extraFlags).map(([name, type]) => [name, { type }])),
        help: { type: "boolean" },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return { ok: false, exitCode: 2 };
  }
  if (values.help) {
    console.log(usage);
    return { ok: false, exitCode: 0 };
  }
  if (values.provider && !providers.includes(String(values.provider))) {
    console.error(`unknown provider "${values.provider}"\n${usage}`);
    return { ok: false, exitCode: 2 };
  }
  const from = values.from as string | undefined;
  const fromDocument = from !== undefined && namesDocument(from);
  if (fromDocument && !values.provider) {
    console.error(
      `--from ${from} names one document: say which provider it is for with --provider\n${usage}`,
    );
    return { ok: false, exitCode: 2 };
  }
  const timeoutMs = Number(values["timeout-ms"] ?? 30_000);
  const maxBytes = Number(values["max-bytes"] ?? 20 * 1024 * 1024);
  if (
    !(Number.isInteger(timeoutMs) && timeoutMs > 0 && Number.isInteger(maxBytes) && maxBytes > 0)
  ) {
    console.error(`--timeout-ms and --max-bytes take positive whole numbers\n${usage}`);
    return { ok: false, exitCode: 2 };
  }
  return {
    ok: true,
    chosen: values.provider ? [String(values.provider)] : [...providers],
    from,
    fromDocument,
    timeoutMs,
    maxBytes,
    folder: values[folderFlag] as string | undefined,
    extra: Object.fromEntries(Object.keys(extraFlags).map((name) => [name, values[name]])),
  };
}
