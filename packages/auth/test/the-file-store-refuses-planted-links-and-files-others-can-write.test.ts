import { chmod, chown, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createFileTokenStore } from "../src/stores/file-store.js";

const key = { provider: "dynu", account: "a" };
const planted = `${JSON.stringify({ dynu: { a: { accessToken: "planted", tokenType: "Bearer", issuedAt: 0 } } })}\n`;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "auth-unsafe-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The store refuses to read and to write through `path`, with code token_store_unsafe. */
async function expectRefused(path: string, reason: RegExp): Promise<void> {
  const store = createFileTokenStore(path);
  await expect(store.get(key)).rejects.toMatchObject({
    code: "token_store_unsafe",
    message: reason,
  });
  await expect(
    store.set(key, { accessToken: "mine", tokenType: "Bearer", issuedAt: 0 }),
  ).rejects.toMatchObject({ code: "token_store_unsafe" });
}

it("refuses a symlink planted at the token path and leaves its target alone", async () => {
  const target = join(dir, "elsewhere.json");
  await writeFile(target, planted, { mode: 0o600 });
  await symlink(target, join(dir, "tokens.json"));
  await expectRefused(join(dir, "tokens.json"), /symbolic link/);
  expect(await readFile(target, "utf8")).toBe(planted);
});

it("refuses a token file that group or others can write", async () => {
  const path = join(dir, "tokens.json");
  await writeFile(path, planted);
  await chmod(path, 0o666);
  await expectRefused(path, /writable by group or others \(mode 0666\)/);
  await chmod(path, 0o620);
  await expectRefused(path, /mode 0620/);
});

it("refuses a token file owned by another user", async () => {
  // As root, plant a file owned by `nobody`; otherwise a root-owned system file is foreign already.
  let path = "/etc/passwd";
  if (process.getuid?.() === 0) {
    path = join(dir, "tokens.json");
    await writeFile(path, planted, { mode: 0o600 });
    await chown(path, 65534, 65534);
  }
  await expect(createFileTokenStore(path).get(key)).rejects.toMatchObject({
    code: "token_store_unsafe",
    message: /is owned by uid \d+, not \d+/,
  });
});

it("refuses a folder others can write unless it is sticky", async () => {
  const open = join(dir, "open");
  await mkdir(open);
  await chmod(open, 0o777);
  await writeFile(join(open, "tokens.json"), planted, { mode: 0o600 });
  await expectRefused(join(open, "tokens.json"), /folder\) is writable by others and not sticky/);

  // Sticky like /tmp: others cannot replace our file, so it is read.
  await chmod(open, 0o1777);
  expect((await createFileTokenStore(join(open, "tokens.json")).get(key))?.accessToken).toBe(
    "planted",
  );
});

it("still reads and writes its own 0600 file in its own folder", async () => {
  const store = createFileTokenStore(join(dir, "tokens.json"));
  expect(await store.get(key)).toBeUndefined();
  await store.set(key, { accessToken: "mine", tokenType: "Bearer", issuedAt: 0 });
  expect((await store.get(key))?.accessToken).toBe("mine");
});
