// Child process: rewrites one account in the file store forever, each version bigger than the last.
import { createFileTokenStore } from "../../src/stores/file-store.js";

const [storePath] = process.argv.slice(2) as [string];
const store = createFileTokenStore(storePath);
const key = { provider: "fake", account: "alice" };

for (let version = 1; ; version++) {
  await store.set(key, {
    accessToken: `at-${version}`,
    tokenType: "Bearer",
    issuedAt: version,
    extra: { version, padding: "x".repeat(20_000 + version * 997) },
  });
  if (version === 3) process.stdout.write("writing\n");
}
