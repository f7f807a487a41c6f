// A TokenStore in one JSON file, shared safely by several processes on the machine.
import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { ProviderClientError } from "../errors/provider-client-error.js";
import type { TokenSet, TokenStore, TokenStoreKey } from "../types.js";
import { writeFileAtomic } from "./atomic-write.js";
import { acquireFileLock } from "./lock-file.js";
import { readOwnedFile } from "./read-owned-file.js";

/** File layout: provider -> account -> token set. */
type FileContent = Record<string, Record<string, TokenSet>>;

/** Lock timing for createFileTokenStore. */
export interface FileTokenStoreOptions {
  /** How long a write or `withLock` waits for another process (ms); default 60 s. */
  lockTimeoutMs?: number | undefined;
  /** When a lock from another host counts as abandoned (ms); default 5 min. */
  staleLockMs?: number | undefined;
}

/**
 * A TokenStore backed by a JSON file (mode 0600). Writes are atomic (temp + fsync + rename) and
 * serialised by a lock file, so compareAndSet is correct across processes; `withLock` uses a
 * separate per-account lock file that is held while a refresh is in flight.
 * A file that is not valid JSON is reported, never overwritten. Like OpenSSH with its keys, it
 * refuses a symlink at `path`, a file not owned by the current user or writable by group/others,
 * and a folder writable by others that is not sticky (`token_store_unsafe`).
 */
export function createFileTokenStore(
  path: string,
  options: FileTokenStoreOptions = {},
): TokenStore {
  const lockOptions = {
    timeoutMs: options.lockTimeoutMs ?? 60_000,
    staleMs: options.staleLockMs ?? 5 * 60_000,
  };

  const read = async (): Promise<FileContent> => {
    const text = await readOwnedFile(path);
    if (text === undefined) return {};
    try {
      const parsed = JSON.parse(text) as unknown;
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error();
      return parsed as FileContent;
    } catch {
      throw new ProviderClientError(
        `token store ${path} is not a valid JSON object; left untouched`,
        {
          code: "token_store_corrupt",
        },
      );
    }
  };

  // Read-modify-write under the file's write lock; `change` returns false to skip the write.
  const update = async (change: (content: FileContent) => boolean): Promise<boolean> => {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const release = await acquireFileLock(`${path}.lock`, lockOptions);
    try {
      const content = await read();
      if (!change(content)) return false;
      await writeFileAtomic(path, `${JSON.stringify(content, null, 2)}\n`);
      return true;
    } finally {
      await release();
    }
  };

  const put = (content: FileContent, key: TokenStoreKey, tokens: TokenSet) => {
    content[key.provider] = { ...content[key.provider], [key.account]: tokens };
  };

  return {
    async get(key) {
      return (await read())[key.provider]?.[key.account];
    },
    async set(key, tokens) {
      await update((content) => {
        put(content, key, tokens);
        return true;
      });
    },
    async delete(key) {
      await update((content) => {
        const accounts = content[key.provider];
        if (!accounts || !(key.account in accounts)) return false;
        delete accounts[key.account];
        if (Object.keys(accounts).length === 0) delete content[key.provider];
        return true;
      });
    },
    compareAndSet(key, expected, next) {
      return update((content) => {
        if (content[key.provider]?.[key.account]?.refreshToken !== expected) return false;
        put(content, key, next);
        return true;
      });
    },
    async withLock<T>(key: TokenStoreKey, fn: () => Promise<T>): Promise<T> {
      await mkdir(dirname(path), { recursive: true, mode: 0o700 });
      // Hashed so provider/account names never need escaping in a file name.
      const id = createHash("sha256").update(`${key.provider}\u0000${key.account}`).digest("hex");
      const release = await acquireFileLock(`${path}.${id.slice(0, 16)}.refresh.lock`, lockOptions);
      try {
        return await fn();
      } finally {
        await release();
      }
    },
  };
}
