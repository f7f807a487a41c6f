// Reads a secrets file the way OpenSSH reads a private key: no symlinks, ours alone, in a folder others can't swap it in.
import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { ProviderClientError } from "../errors/provider-client-error.js";

const STICKY = 0o1000;

/**
 * The file's text, or undefined when it does not exist. Refuses (code `token_store_unsafe`) a
 * symlink at `path`, a file not owned by the current user or writable by group/others, and a
 * parent folder writable by others unless it is sticky (like /tmp, where others can't replace it).
 */
export async function readOwnedFile(path: string): Promise<string | undefined> {
  await checkParent(path);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // O_NOFOLLOW: a symlink planted at the token path fails with ELOOP instead of being read.
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    if (code === "ELOOP") throw unsafe(path, "is a symbolic link");
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw unsafe(path, "is not a regular file");
    const uid = process.getuid?.();
    if (uid !== undefined && info.uid !== uid)
      throw unsafe(path, `is owned by uid ${info.uid}, not ${uid}`);
    if ((info.mode & 0o022) !== 0) {
      throw unsafe(path, `is writable by group or others (mode ${octal(info.mode)})`);
    }
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}

// Another user who can write the folder could replace the file between our writes.
async function checkParent(path: string): Promise<void> {
  const dir = dirname(path);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if ((info.mode & 0o002) !== 0 && (info.mode & STICKY) === 0) {
    throw unsafe(
      dir,
      `(its folder) is writable by others and not sticky (mode ${octal(info.mode)})`,
    );
  }
}

function octal(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, "0");
}

function unsafe(path: string, why: string): ProviderClientError {
  return new ProviderClientError(`token store ${path} ${why}; refusing to read it`, {
    code: "token_store_unsafe",
  });
}
