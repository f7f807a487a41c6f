import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { redisUrl } from "./support/redis-context.js";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");

it("the README example is the file in examples/ and prints one shared token", async () => {
  const readme = await readFile(path.join(root, "README.md"), "utf8");
  const file = "examples/share-one-token-across-sessions.ts";
  const block = new RegExp(`<!-- example: ${file} -->\\n\`\`\`ts\\n([\\s\\S]*?)\`\`\``).exec(
    readme,
  );
  expect(block?.[1]).toBe(await readFile(path.join(root, file), "utf8"));

  const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(root, file)], {
    cwd: root,
    env: { ...process.env, REDIS_URL: redisUrl() },
  });
  expect(stdout.trim()).toBe("same token: true; tokens issued: 1");
});
