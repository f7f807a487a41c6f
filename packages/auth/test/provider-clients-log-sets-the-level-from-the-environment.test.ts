import { afterEach, expect, it, vi } from "vitest";
import { createLog, environmentLogLevel } from "../src/logging/create-log.js";
import { recordingLogger } from "./support/recording-logger.js";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

it("PROVIDER_CLIENTS_LOG=debug turns logging on, to console when no logger is given", () => {
  vi.stubEnv("PROVIDER_CLIENTS_LOG", "debug");
  const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
  const log = createLog(undefined, undefined);
  log?.("token.revoked", { provider: "fake", atProvider: false });
  expect(debug).not.toHaveBeenCalled();
  const info = vi.spyOn(console, "info").mockImplementation(() => {});
  log?.("token.obtained", { provider: "fake", expiresAt: 1 });
  expect(info).toHaveBeenCalledWith("provider-clients token.obtained", {
    event: "token.obtained",
    provider: "fake",
    expiresAt: 1,
  });
});

it("an explicit level wins over the environment, and off logs nothing", () => {
  vi.stubEnv("PROVIDER_CLIENTS_LOG", "debug");
  const logger = recordingLogger();
  expect(createLog(logger, "off")).toBeUndefined();
  createLog(logger, "error")?.("token.obtained", { provider: "fake", expiresAt: undefined });
  expect(logger.lines).toEqual([]);
});

it("unset or unknown values leave logging off", () => {
  vi.stubEnv("PROVIDER_CLIENTS_LOG", "");
  expect(environmentLogLevel()).toBeUndefined();
  expect(createLog(recordingLogger(), undefined)).toBeUndefined();
  vi.stubEnv("PROVIDER_CLIENTS_LOG", "verbose");
  expect(environmentLogLevel()).toBeUndefined();
});

it("without a global process (a browser) the level is read as unset, not thrown", () => {
  vi.stubGlobal("process", undefined);
  try {
    expect(environmentLogLevel()).toBeUndefined();
  } finally {
    vi.unstubAllGlobals();
  }
});
