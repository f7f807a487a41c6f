// Starts a `fake` command in its own process group (as a terminal runs it) and reads what it prints.
import { type ChildProcess, spawn } from "node:child_process";

/** A running `fake` command: its printed URL and credentials, and how it ended. */
export interface FakeProcess {
  url: string;
  /** `name value` lines under "Test credentials it accepts:". */
  credentials: Record<string, string>;
  /** Everything printed so far. */
  output(): string;
  /** Sends `signal` to the whole process group, as Ctrl-C in a terminal does. */
  signal(signal: NodeJS.Signals): void;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns `command` and resolves once it printed "Press Ctrl-C to stop." */
export async function spawnFake(
  command: readonly string[],
  options: { cwd?: string } = {},
): Promise<FakeProcess> {
  const [file, ...args] = command as [string, ...string[]];
  const child: ChildProcess = spawn(file, args, {
    cwd: options.cwd,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  child.stderr?.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
      if (printed.includes("Press Ctrl-C to stop.")) resolve();
    });
    void exit.then(() => reject(new Error(`the fake exited early:\n${printed}`)));
    setTimeout(() => reject(new Error(`no "Press Ctrl-C" within 20 s:\n${printed}`)), 20_000);
  });
  const url = /listening on (\S+)/.exec(printed)?.[1] ?? "";
  const block = printed.split("Test credentials it accepts:\n")[1]?.split("Press Ctrl-C")[0] ?? "";
  const credentials: Record<string, string> = {};
  for (const line of block.split("\n")) {
    const match = /^\s+(\S+)\s+(\S+)$/.exec(line);
    if (match) credentials[match[1] as string] = match[2] as string;
  }
  return {
    url,
    credentials,
    output: () => printed,
    signal: (signal) => process.kill(-(child.pid as number), signal),
    exit,
  };
}
