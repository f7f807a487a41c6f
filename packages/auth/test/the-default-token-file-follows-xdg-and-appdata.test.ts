import { homedir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { defaultTokenStorePath } from "../src/file-store.js";

it("PROVIDER_CLIENTS_TOKEN_FILE wins everywhere", () => {
  expect(defaultTokenStorePath({ PROVIDER_CLIENTS_TOKEN_FILE: "/srv/t.json" }, "linux")).toBe(
    "/srv/t.json",
  );
});

it("lives under $XDG_CONFIG_HOME, else ~/.config, on Linux and macOS", () => {
  expect(defaultTokenStorePath({ XDG_CONFIG_HOME: "/cfg" }, "linux")).toBe(
    join("/cfg", "provider-clients", "tokens.json"),
  );
  expect(defaultTokenStorePath({}, "darwin")).toBe(
    join(homedir(), ".config", "provider-clients", "tokens.json"),
  );
});

it("lives under %APPDATA% on Windows", () => {
  expect(defaultTokenStorePath({ APPDATA: "C:\\Users\\u\\AppData\\Roaming" }, "win32")).toBe(
    join("C:\\Users\\u\\AppData\\Roaming", "provider-clients", "tokens.json"),
  );
});
