// Where the command line keeps tokens unless told otherwise, so scripts find them without configuration.
import { homedir } from "node:os";
import { join } from "node:path";

/**
 * `PROVIDER_CLIENTS_TOKEN_FILE` when set, else `tokens.json` in a `provider-clients` folder under
 * `$XDG_CONFIG_HOME` (default `~/.config`), or `%APPDATA%` on Windows.
 */
export function defaultTokenStorePath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.PROVIDER_CLIENTS_TOKEN_FILE) return env.PROVIDER_CLIENTS_TOKEN_FILE;
  const base =
    platform === "win32"
      ? (env.APPDATA ?? join(homedir(), "AppData", "Roaming"))
      : env.XDG_CONFIG_HOME || join(homedir(), ".config");
  return join(base, "provider-clients", "tokens.json");
}
