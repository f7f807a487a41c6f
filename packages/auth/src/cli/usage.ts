// `--help` text, built from the provider's flags so it never drifts from what is parsed.
import type { ProviderCli } from "./provider-cli.js";

/** The help text of a provider's command line. */
export function usage(cli: ProviderCli): string {
  const flags = Object.entries(cli.loginFlags).map(
    ([name, flag]) => `    --${name}${flag.type === "string" ? " VALUE" : ""}  ${flag.description}`,
  );
  return [
    `Usage: npx ${cli.packageName} <command> [options]`,
    "",
    "Commands:",
    `  login    ${cli.loginHelp}`,
    ...flags,
    `  logout   Revokes the stored tokens where ${cli.title} can, and deletes them`,
    "    --account NAME  the stored account (needed when the file holds several)",
    `  fake     Starts a fake ${cli.title} on 127.0.0.1 and prints its URL and test credentials`,
    "    --port N  listen on port N (default: a free port)",
    "",
    "Options of login and logout:",
    `  --base-url URL  API root (default: $${cli.baseUrlVariable}, else ${cli.title}'s own)`,
    "  --store FILE    token file (default: $PROVIDER_CLIENTS_TOKEN_FILE, else",
    "                  ~/.config/provider-clients/tokens.json, %APPDATA% on Windows)",
  ].join("\n");
}
