// @provider-clients/auth/cli: the command runner behind each provider's bin (Node only, never in the browser-safe main entry).
export * from "./cli/index.js";
