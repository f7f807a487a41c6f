// The shared command runner behind every provider's bin: parses argv, runs login, logout or fake.
import { parseArgs } from "node:util";
import { ProviderClientError } from "../errors/provider-client-error.js";
import { defaultTokenStorePath } from "../stores/default-store-path.js";
import { createFileTokenStore } from "../stores/file-store.js";
import type { CommandContext, ProviderCli } from "./provider-cli.js";
import { runFake } from "./run-fake.js";
import { storedAccounts } from "./stored-accounts.js";
import { type CliTerminal, createTerminal, PromptAbortedError } from "./terminal.js";
import { usage } from "./usage.js";

/** Exit codes: done, failed, wrong usage, cancelled at a prompt. */
export const exitCodes = { ok: 0, failed: 1, usage: 2, cancelled: 130 } as const;

/** A failure the user can act on; its message is printed as is (it never holds a secret). */
export class CliFailure extends Error {
  override name = "CliFailure";
}

/** Where the runner talks and which environment it reads; the process's own by default. */
export interface CliIo {
  terminal: CliTerminal;
  env: NodeJS.ProcessEnv;
}

const commonFlags = {
  "base-url": { type: "string" },
  store: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Runs `argv` (without node and the script) against `cli`; resolves with the exit code. */
export async function runProviderCli(
  cli: ProviderCli,
  argv: readonly string[],
  io: CliIo = processIo(),
): Promise<number> {
  const { terminal } = io;
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    terminal.say(usage(cli));
    return command === undefined ? exitCodes.usage : exitCodes.ok;
  }
  try {
    if (command === "fake") return await fakeCommand(cli, rest, terminal);
    if (command === "login" || command === "logout") {
      const own = command === "login" ? cli.loginFlags : { account: { type: "string" as const } };
      const options: Record<string, { type: "string" | "boolean"; short?: string }> = {
        ...commonFlags,
      };
      for (const [name, flag] of Object.entries(own)) options[name] = { type: flag.type };
      const values = singleValues(parseArgs({ args: [...rest], options, strict: true }).values);
      if (values.help) return help(cli, terminal);
      const context = commandContext(cli, values, io);
      return command === "login"
        ? await login(cli, context)
        : await logout(cli, context, values.account);
    }
    terminal.warn(`Unknown command "${command}".\n\n${usage(cli)}`);
    return exitCodes.usage;
  } catch (error) {
    return report(error, terminal);
  }
}

// No flag is declared `multiple`, so parseArgs never returns an array here.
function singleValues(
  values: Record<string, string | boolean | (string | boolean)[] | undefined>,
): Record<string, string | boolean | undefined> {
  const single: Record<string, string | boolean | undefined> = {};
  for (const [name, value] of Object.entries(values)) {
    single[name] = Array.isArray(value) ? value.at(-1) : value;
  }
  return single;
}

function help(cli: ProviderCli, terminal: CliTerminal): number {
  terminal.say(usage(cli));
  return exitCodes.ok;
}

async function fakeCommand(cli: ProviderCli, args: string[], terminal: CliTerminal) {
  const { values } = parseArgs({
    args,
    options: { port: { type: "string" }, help: { type: "boolean", short: "h" } },
    strict: true,
  });
  if (values.help) return help(cli, terminal);
  return runFake(cli, values.port === undefined ? undefined : portOf(values.port), terminal);
}

function portOf(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) {
    throw new CliFailure(`--port takes a number from 0 to 65535, got "${text}"`);
  }
  return port;
}

function commandContext(
  cli: ProviderCli,
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
): CommandContext {
  const storePath = typeof values.store === "string" ? values.store : defaultTokenStorePath(io.env);
  const given = values["base-url"] ?? io.env[cli.baseUrlVariable];
  const baseUrl = typeof given === "string" && given !== "" ? given : undefined;
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) {
    throw new CliFailure(`the base URL is not a URL: "${baseUrl}"`);
  }
  return {
    baseUrl,
    storePath,
    store: createFileTokenStore(storePath),
    terminal: io.terminal,
    flags: values,
    env: io.env,
  };
}

async function login(cli: ProviderCli, context: CommandContext): Promise<number> {
  const outcome = await cli.login(context);
  context.terminal.say(outcome.summary);
  context.terminal.say(
    `Tokens saved in ${context.storePath} (provider "${cli.provider}", account "${outcome.account}").`,
  );
  return exitCodes.ok;
}

async function logout(
  cli: ProviderCli,
  context: CommandContext,
  given: string | boolean | undefined,
): Promise<number> {
  const { terminal, storePath } = context;
  const stored = await storedAccounts(storePath, cli.provider);
  const account = typeof given === "string" ? given : stored.length === 1 ? stored[0] : undefined;
  if (account === undefined && stored.length > 1) {
    throw new CliFailure(
      `${storePath} holds several ${cli.title} accounts (${stored.join(", ")}): pass --account`,
    );
  }
  if (account === undefined || !stored.includes(account)) {
    terminal.say(
      `No stored ${cli.title} tokens${account ? ` for "${account}"` : ""} in ${storePath}.`,
    );
    return exitCodes.ok;
  }
  const outcome = await cli.logout({ ...context, account });
  terminal.say(
    outcome.revokedAtProvider
      ? `Revoked at ${cli.title} and deleted the stored tokens of "${account}".`
      : `Deleted the stored tokens of "${account}".`,
  );
  if (outcome.note) terminal.say(outcome.note);
  return exitCodes.ok;
}

// One line on standard error: our errors' messages hold no secret; anything else is named only by type.
function report(error: unknown, terminal: CliTerminal): number {
  if (error instanceof PromptAbortedError) {
    terminal.warn("Cancelled.");
    return exitCodes.cancelled;
  }
  if (isUsageError(error)) {
    terminal.warn(`${(error as Error).message}\nSee --help.`);
    return exitCodes.usage;
  }
  if (error instanceof CliFailure || error instanceof ProviderClientError) {
    terminal.warn(`Error: ${error.message}`);
    return exitCodes.failed;
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = error instanceof Error ? error.name : typeof error;
  terminal.warn(`Error: ${code ?? name}${error instanceof Error ? `: ${error.message}` : ""}`);
  return exitCodes.failed;
}

function isUsageError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}

function processIo(): CliIo {
  return {
    terminal: createTerminal({
      input: process.stdin,
      output: process.stdout,
      errorOutput: process.stderr,
    }),
    env: process.env,
  };
}
