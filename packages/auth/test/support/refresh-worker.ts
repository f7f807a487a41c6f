// Child process: waits for "go" on stdin, then asks a file-store-backed session for a token.
import { createSession } from "../../src/session/create-session.js";
import { createFileTokenStore } from "../../src/stores/file-store.js";
import { oauthAdapter } from "./oauth-adapter.js";

const [storePath, baseUrl] = process.argv.slice(2) as [string, string];
const session = createSession({
  auth: oauthAdapter({ obtain: false }),
  baseUrl,
  store: createFileTokenStore(storePath),
});
process.stdout.write("ready\n");
process.stdin.once("data", async () => {
  const tokens = await session.getToken();
  process.stdout.write(
    `${JSON.stringify({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken })}\n`,
  );
  process.exit(0);
});
