// A loopback port nobody listens on right now, for commands that must be told their port.
import { createServer } from "node:net";

/** Binds port 0 on 127.0.0.1, notes the port, and frees it again. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}
