// Runs a command in a pseudo-terminal through util-linux `script`, so it sees a real TTY (echo, raw mode).
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";

/** A command running on a pseudo-terminal: what it printed, and a keyboard. */
export interface PtySession {
  /** Everything the terminal showed so far, `\r\n` turned into `\n`. */
  output(): string;
  /** Resolves once the screen matches `pattern` (after what was already matched); fails after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
  /** Types `text` and presses Enter (a terminal sends `\r`). */
  typeLine(text: string): void;
  /** The command's exit code (script -e passes it on). */
  exit: Promise<number>;
}

const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

/** Starts `command` on a new pseudo-terminal with `env` added to this process's environment. */
export function runInPty(command: readonly string[], env: Record<string, string> = {}): PtySession {
  // -q: no banner, -e: the command's exit code, -c: the command, /dev/null: no typescript file.
  const child: ChildProcessWithoutNullStreams = spawn(
    "script",
    ["-q", "-e", "-c", command.map(quote).join(" "), "/dev/null"],
    { env: { ...process.env, ...env, TERM: "dumb" } },
  );
  let screen = "";
  let matchedUpTo = 0;
  const listeners = new Set<() => void>();
  child.stdout.on("data", (chunk: Buffer) => {
    screen += chunk.toString("utf8").replaceAll("\r\n", "\n");
    for (const listener of listeners) listener();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    screen += chunk.toString("utf8");
  });
  const exit = new Promise<number>((resolve) => {
    child.on("close", (code) => {
      child.stdin.end();
      for (const listener of listeners) listener();
      resolve(code ?? -1);
    });
  });
  let exited = false;
  void exit.then(() => {
    exited = true;
  });
  return {
    output: () => screen,
    exit,
    typeLine(text) {
      child.stdin.write(`${text}\r`);
    },
    waitFor(pattern, ms = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = screen.slice(matchedUpTo).match(pattern);
          if (match) {
            matchedUpTo += (match.index ?? 0) + match[0].length;
            done();
            resolve(match);
          } else if (exited) {
            done();
            reject(new Error(`exited before ${pattern} appeared; screen:\n${screen}`));
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${pattern} did not appear within ${ms} ms; screen:\n${screen}`));
        }, ms);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
  };
}
