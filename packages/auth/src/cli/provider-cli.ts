// What a provider package tells the shared command runner: its names, its login and logout, its fake.
import type { TokenStore } from "../types.js";
import type { CliTerminal } from "./terminal.js";

/** One extra flag of `login` (parsed with node:util parseArgs). */
export interface CliFlag {
  type: "string" | "boolean";
  /** One line for `--help`. */
  description: string;
}

/** What `login` and `logout` get from the runner. */
export interface CommandContext {
  /** `--base-url`, else the package's `..._BASE_URL` variable, else undefined (the vendor's API). */
  baseUrl: string | undefined;
  /** The file token store at `storePath`. */
  store: TokenStore;
  storePath: string;
  terminal: CliTerminal;
  /** The provider's own flags as parsed (`string`, `true` or absent). */
  flags: Readonly<Record<string, string | boolean | undefined>>;
  env: NodeJS.ProcessEnv;
}

/** What `login` reports: the store key's account part and a line for the user. */
export interface LoginOutcome {
  account: string;
  /** E.g. "Logged in as demo@example.com" (never a secret). */
  summary: string;
}

/** What `logout` reports: whether the provider was asked to revoke, and anything the user should know. */
export interface LogoutOutcome {
  revokedAtProvider: boolean;
  note?: string | undefined;
}

/** A fake server started by `fake`: its API base URL, the test credentials it accepts, and close. */
export interface RunningFake {
  url: string;
  /** Printed for the user to copy: test values only. */
  credentials: Readonly<Record<string, string | number>>;
  /** Stops the fake server. */
  close(): Promise<void>;
}

/** A provider's command line: configuration for `runProviderCli`. */
export interface ProviderCli {
  /** Store key provider, e.g. `dnsimple`. */
  provider: string;
  /** Name in messages, e.g. `DNSimple`. */
  title: string;
  /** The npm package, for `--help` (`npx <packageName> <command>`). */
  packageName: string;
  /** The environment variable that points the package at another API root, e.g. `DNSIMPLE_BASE_URL`. */
  baseUrlVariable: string;
  /** Flags `login` takes besides `--base-url` and `--store`. */
  loginFlags: Readonly<Record<string, CliFlag>>;
  /** How `login` gets credentials: one line for `--help`. */
  loginHelp: string;
  /** Gets credentials the way the vendor allows and stores the tokens in `context.store`. */
  login(context: CommandContext): Promise<LoginOutcome>;
  /** Revokes `account`'s stored tokens where the vendor can, and deletes them. */
  logout(context: CommandContext & { account: string }): Promise<LogoutOutcome>;
  /** Starts the package's fake server on 127.0.0.1 (`port` 0 or absent: a free one). */
  startFake(options: { port: number | undefined }): Promise<RunningFake>;
}
