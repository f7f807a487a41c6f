// Prompts on the terminal: a visible line, or a secret read in raw mode so the terminal never echoes it.
import type { Readable, Writable } from "node:stream";

/** Where a command reads answers and writes what it has to say. */
export interface CliTerminal {
  /** Prints one line to standard output. */
  say(line: string): void;
  /** Prints one line to standard error. */
  warn(line: string): void;
  /** Asks for a visible answer (a user name, an id). */
  ask(question: string): Promise<string>;
  /** Asks for a secret: on a terminal nothing typed is echoed. */
  askSecret(question: string): Promise<string>;
}

/** The streams a terminal is made of; `process` by default. */
export interface TerminalStreams {
  /** Where answers are read; on a TTY `setRawMode` turns echo off for secrets. */
  input: Readable & {
    isTTY?: boolean;
    /** Raw mode: no echo, no line editing by the terminal. */
    setRawMode?: (mode: boolean) => unknown;
  };
  output: Writable;
  errorOutput: Writable;
}

/** Thrown when the user pressed Ctrl-C or closed the input while a prompt was open. */
export class PromptAbortedError extends Error {
  override name = "PromptAbortedError";
  constructor() {
    super("cancelled at the prompt");
  }
}

const ctrlC = "\u0003";
const ctrlD = "\u0004";
const backspaces = new Set(["\u007f", "\b"]);

/** A terminal on the given streams; typeahead after a line is kept for the next prompt. */
export function createTerminal(streams: TerminalStreams): CliTerminal {
  const { input, output, errorOutput } = streams;
  let pending = "";

  // Resolves with the next line; `hidden` switches a TTY to raw mode (before the question is shown,
  // so nothing typed after it can be echoed) and edits the line ourselves.
  const readLine = (question: string, hidden: boolean): Promise<string> => {
    const raw = hidden && input.isTTY === true && typeof input.setRawMode === "function";
    return new Promise<string>((resolve, reject) => {
      let line = "";
      const finish = (error: Error | undefined) => {
        input.off("data", onData);
        input.off("end", onEnd);
        if (raw) input.setRawMode?.(false);
        input.pause();
        if (raw) output.write("\n");
        if (error) reject(error);
        else resolve(line.replace(/\r$/, ""));
      };
      const onEnd = () => finish(line === "" ? new PromptAbortedError() : undefined);
      const onData = (chunk: Buffer | string) => {
        const text = pending + chunk.toString();
        pending = "";
        for (let index = 0; index < text.length; index++) {
          const char = text[index] as string;
          if (char === "\n" || (raw && char === "\r")) {
            pending = text.slice(index + 1);
            return finish(undefined);
          }
          if (raw && (char === ctrlC || (char === ctrlD && line === ""))) {
            return finish(new PromptAbortedError());
          }
          if (raw && backspaces.has(char)) line = line.slice(0, -1);
          else if (!raw || char >= " ") line += char;
        }
      };
      if (raw) input.setRawMode?.(true);
      output.write(question);
      input.on("data", onData);
      input.on("end", onEnd);
      input.resume();
      // Typeahead from an earlier chunk may already hold the answer.
      if (pending !== "") onData("");
    });
  };

  return {
    say: (line) => output.write(`${line}\n`),
    warn: (line) => errorOutput.write(`${line}\n`),
    ask: (question) => readLine(question, false),
    askSecret: (question) => readLine(question, true),
  };
}
