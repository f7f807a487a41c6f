// The shared command runner of the provider packages' bins (Node only).
export {
  type LoopbackListener,
  type LoopbackRedirect,
  listenForRedirect,
} from "./loopback-redirect.js";
export { browserCommand, openBrowser } from "./open-browser.js";
export type {
  CliFlag,
  CommandContext,
  LoginOutcome,
  LogoutOutcome,
  ProviderCli,
  RunningFake,
} from "./provider-cli.js";
export { CliFailure, type CliIo, exitCodes, runProviderCli } from "./run-provider-cli.js";
export { loginWithSession, logoutWithSession, type SessionTarget } from "./session-login.js";
export { storedAccounts } from "./stored-accounts.js";
export {
  type CliTerminal,
  createTerminal,
  PromptAbortedError,
  type TerminalStreams,
} from "./terminal.js";
