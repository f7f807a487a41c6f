// `node --import tsx scripts/src/default-cli.ts <provider> <command> ...`: the registry's command line for a
// provider whose package has no bin (`pnpm fake` runs it); built packages.
import { runProviderCli } from "@provider-clients/auth/cli";
import { repoRoot } from "./generate/repo-paths.js";
import { defaultProviderCli } from "./providers/default-cli.js";
import { providerEntry } from "./providers/registry.js";

const [provider = "", ...argv] = process.argv.slice(2);
process.exitCode = await runProviderCli(
  defaultProviderCli(providerEntry(provider), repoRoot),
  argv,
);
