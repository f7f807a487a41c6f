// Starts a throwaway verdaccio on 127.0.0.1 with no uplinks, so nothing leaves the machine.
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/** A running local registry and a publish token for it. */
export interface LocalRegistry {
  url: string;
  token: string;
  stop(): Promise<void>;
}

const verdaccioBin = path.resolve(import.meta.dirname, "../node_modules/.bin/verdaccio");

/** Boots verdaccio with temporary storage and registers a user to publish with. */
export async function startVerdaccio(): Promise<LocalRegistry> {
  const home = await mkdtemp(path.join(tmpdir(), "pc-verdaccio-"));
  const port = await freePort();
  const config = [
    `storage: ${path.join(home, "storage")}`,
    "auth:",
    `  htpasswd: { file: ${path.join(home, "htpasswd")}, max_users: 10 }`,
    "uplinks: {}",
    "packages:",
    "  '**': { access: $all, publish: $authenticated, unpublish: $authenticated }",
    "log: { type: stdout, format: pretty, level: warn }",
    "publish: { allow_offline: true }",
    "",
  ].join("\n");
  await writeFile(path.join(home, "config.yaml"), config);
  const child = spawn(
    verdaccioBin,
    ["--config", path.join(home, "config.yaml"), "--listen", `127.0.0.1:${port}`],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, VERDACCIO_HANDLE_KILL_SIGNALS: "true" },
    },
  );
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(
    async () => (await fetch(`${url}-/ping`)).ok,
    30_000,
    () => output,
  );
  const token = await addUser(url);
  return {
    url,
    token,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** Creates a user through the CouchDB-style endpoint npm uses and returns its token. */
async function addUser(url: string): Promise<string> {
  const name = "release-bot";
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password: "local-only-password", email: "bot@example.invalid" }),
  });
  const body = (await response.json()) as { token?: string };
  if (!body.token) throw new Error(`verdaccio did not issue a token (HTTP ${response.status})`);
  return body.token;
}

/** Polls until `ready` resolves true or the time is up. */
async function waitFor(
  ready: () => Promise<boolean>,
  ms: number,
  log: () => string,
): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`verdaccio did not start within ${ms} ms:\n${log()}`);
}

/** Asks the OS for a free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
