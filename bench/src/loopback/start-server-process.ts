// Starts the loopback server in its own process so server work does not share our event loop.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A running loopback server process. */
export interface LoopbackServer {
  baseUrl: string;
  stop(): Promise<void>;
}

const script = fileURLToPath(new URL("./server-process.ts", import.meta.url));

/** Forks the server under tsx and waits for the URL it listens on. */
export function startServerProcess(): Promise<LoopbackServer> {
  const child = fork(script, [], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`loopback server exited early (${code})`)));
    child.once("message", (message) => {
      const { baseUrl } = message as { baseUrl: string };
      resolve({
        baseUrl,
        async stop() {
          if (child.connected) child.disconnect();
          await exited;
        },
      });
    });
  });
}
