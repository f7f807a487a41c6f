import { stat } from "node:fs/promises";
import { fakeDynuCredentials, startFakeDynuServer } from "@provider-clients/dynu/testing";
import { expect, it } from "vitest";
import { tokenFile } from "../src/bins.js";
import { runInPty } from "../src/pty.js";
import { readmeCommand } from "../src/readme.js";

it("exits 130 with the terminal back in cooked mode, and writes no token file", async () => {
  const server = await startFakeDynuServer();
  const file = await tokenFile();
  try {
    // After the CLI exits, `stty -a` in the same terminal shows whether echo came back on.
    const [node, bin, ...args] = await readmeCommand("dynu", "login");
    const login = runInPty(
      [
        "sh",
        "-c",
        `"$0" "$1" "$2"; code=$?; stty -a | grep -o -- '-\\?echo ' | head -1; exit $code`,
        node as string,
        bin as string,
        ...args,
      ],
      { DYNU_BASE_URL: server.url, PROVIDER_CLIENTS_TOKEN_FILE: file.path },
    );
    await login.waitFor(/client id: $/);
    login.typeLine(fakeDynuCredentials.clientId);
    await login.waitFor(/Client secret: $/);
    login.typeLine("half-typed\u0003");
    expect(await login.exit).toBe(130);
    expect(login.output()).toContain("Cancelled.");
    expect(login.output()).not.toContain("half-typed");
    expect(login.output()).toMatch(/\necho \n?$/);
    await expect(stat(file.path)).rejects.toMatchObject({ code: "ENOENT" });
  } finally {
    await server.close();
    await file.remove();
  }
});
