// What every run shares: the suite's timing, how a call becomes an Outcome, and how tokens are collected.
import type { Logger, OnTokens, TokenStore } from "@provider-clients/auth";
import type {
  Outcome,
  Timing,
  TokenFault,
  TokenFlow,
} from "@provider-clients/scripts/suites/reliability";

export type { Outcome, TokenFault, TokenFlow };

/** Real-time settings shared by the runs (the stepping clock covers every other wait). */
export const timing: Timing = {
  timeoutMs: 2_000,
  hangMs: 3_500,
  slowMs: 150,
};

/** Options of one run (the secrets test passes a file store, collects tokens, and throws). */
export interface RunOptions {
  store?: TokenStore;
  onTokens?: OnTokens;
  /** Secrets in use, by label; runs add theirs (passwords, client secrets, codes, tokens). */
  secrets?: Map<string, string>;
  throwOnError?: boolean;
  /** Receives the clients' log events at `debug` (the secrets test searches them). */
  logger?: Logger;
  /** Give the fake its own clock, so the server's time can run ahead of the client's. */
  skewed?: boolean;
}

/** Turns a promise of an HTTP status into an Outcome. */
export async function settle(run: () => Promise<{ response: Response }>): Promise<Outcome> {
  try {
    const { response } = await run();
    return { ok: true, status: response.status };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Adds the tokens of every new set to `secrets` (under labels unique in that map), then passes it on. */
export function collectingTokens(options: RunOptions, prefix: string): OnTokens {
  return async (tokens, key) => {
    const n = (options.secrets?.size ?? 0) + 1;
    options.secrets?.set(`${prefix} access token #${n}`, tokens.accessToken);
    if (tokens.refreshToken)
      options.secrets?.set(`${prefix} refresh token #${n}`, tokens.refreshToken);
    await options.onTokens?.(tokens, key);
  };
}
