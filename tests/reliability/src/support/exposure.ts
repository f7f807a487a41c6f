// Collects everything a user could see or store while scenarios run: errors, log lines, console
// output, session snapshots and token-store files, plus the secrets that must not be in them.
import { mkdtemp, readdir, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { format, inspect } from "node:util";
import type { Logger, SessionLogger, TokenStore } from "@provider-clients/auth";
import { createFileTokenStore } from "@provider-clients/auth/file-store";
import { exposedText } from "./exposed-text.js";

/** One token-store file as it was left on disk. */
export interface StoreFile {
  name: string;
  /** Permission bits, e.g. 0o600. */
  mode: number;
  content: string;
}

/** The collector. */
export interface Exposure {
  /** label -> secret; labels naming an "access token" or "refresh token" are tokens. */
  readonly secrets: Map<string, string>;
  /** Everything user-visible except store files. */
  readonly texts: string[];
  /** A fresh file token store in the collector's directory. */
  newStore(): TokenStore;
  /** Records everything `error` exposes. */
  error(error: unknown): void;
  /** A session logger whose lines are recorded. */
  readonly logger: SessionLogger;
  /** A client logger (every level) whose lines are recorded. */
  readonly clientLogger: Logger;
  /** Records any other user-visible value (e.g. a session snapshot). */
  shown(value: unknown): void;
  /** Records a console call. */
  console(args: unknown[]): void;
  storeFiles(): Promise<StoreFile[]>;
}

/** Whether a secret label names a token (allowed in the store) rather than a credential. */
export const isToken = (label: string) => /access token|refresh token/.test(label);

/** Creates a collector with its own temporary store directory. */
export async function createExposure(): Promise<Exposure> {
  const dir = await mkdtemp(path.join(tmpdir(), "reliability-stores-"));
  const texts: string[] = [];
  let stores = 0;
  const line = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    texts.push(
      `${level} ${message} ${inspect(fields, { depth: 8 })} ${JSON.stringify(fields) ?? ""}`,
    );
  };
  return {
    secrets: new Map(),
    texts,
    newStore() {
      stores += 1;
      return createFileTokenStore(path.join(dir, `tokens-${stores}.json`), {
        lockTimeoutMs: 10_000,
      });
    },
    error(error) {
      texts.push(...exposedText(error));
    },
    logger: { debug: line("debug"), warn: line("warn") },
    clientLogger: {
      debug: line("debug"),
      info: line("info"),
      warn: line("warn"),
      error: line("error"),
    },
    shown(value) {
      texts.push(inspect(value, { depth: 8 }), JSON.stringify(value) ?? "");
    },
    console(args) {
      texts.push(format(...args));
    },
    async storeFiles() {
      const files: StoreFile[] = [];
      for (const name of (await readdir(dir)).sort()) {
        const file = path.join(dir, name);
        const info = await stat(file);
        if (!info.isFile()) continue;
        files.push({ name, mode: info.mode & 0o777, content: await readFile(file, "utf8") });
      }
      return files;
    },
  };
}
