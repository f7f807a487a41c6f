// Finds the shared folder of recorded vendor answers (`<repo>/../shared/recorded`) used as test input.
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

/** `RECORDED_ANSWERS_DIR` if set, else the first `shared/recorded` found walking up from `start`. */
export function findRecordedDir(
  start: string = HERE,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const fromEnv = env.RECORDED_ANSWERS_DIR;
  if (fromEnv) return isDirectory(fromEnv) ? resolve(fromEnv) : undefined;
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, "shared", "recorded");
    if (isDirectory(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * `<recorded>/<provider>`, or undefined after a loud warning; on CI (CI=true) a missing folder
 * throws instead, because CI always has it.
 */
export function recordedDirOrWarn(
  provider: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const root = findRecordedDir(HERE, env);
  const dir = root && join(root, provider);
  if (dir && isDirectory(dir)) return dir;
  const message = `recorded ${provider} answers not found (set RECORDED_ANSWERS_DIR or provide ../shared/recorded/${provider}): replay NOT checked`;
  if (env.CI === "true") throw new Error(message);
  console.warn(`\n${"!".repeat(100)}\n!!! WARNING: ${message}\n${"!".repeat(100)}\n`);
  return undefined;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
