// `fake`: runs the package's fake server until SIGINT or SIGTERM, after printing how to reach it.
import type { ProviderCli } from "./provider-cli.js";
import type { CliTerminal } from "./terminal.js";

/** Starts the fake, prints its URL and test credentials, and closes it cleanly on a signal. */
export async function runFake(
  cli: ProviderCli,
  port: number | undefined,
  terminal: CliTerminal,
): Promise<number> {
  const fake = await cli.startFake({ port });
  const stopped = waitForSignal();
  terminal.say(`Fake ${cli.title} API listening on ${fake.url}`);
  terminal.say(`  ${cli.baseUrlVariable}=${fake.url}`);
  terminal.say("Test credentials it accepts:");
  const width = Math.max(...Object.keys(fake.credentials).map((name) => name.length));
  for (const [name, value] of Object.entries(fake.credentials)) {
    terminal.say(`  ${name.padEnd(width)}  ${value}`);
  }
  terminal.say("Press Ctrl-C to stop.");
  const signal = await stopped;
  await fake.close();
  terminal.say(`Stopped (${signal}).`);
  return 0;
}

// Resolves with the first SIGINT or SIGTERM. The handler stays, so a repeated signal (Ctrl-C reaches
// a wrapper such as `pnpm fake` and this process alike) cannot kill the process before close().
function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => resolve(signal);
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
