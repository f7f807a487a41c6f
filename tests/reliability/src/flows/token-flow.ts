// The shape every provider flow with a token endpoint takes, so one fault matrix runs on all of them.
import type { OnTokens, TokenStore } from "@provider-clients/auth";
import type { SteppingClock } from "../support/stepping-clock.js";
import type { WireLog } from "../support/wire-log.js";

/** A token-endpoint fault, named the way the issue names it. */
export type TokenFault =
  | { kind: "status"; status: 500 | 502 | 503 }
  | { kind: "reset" }
  /** The endpoint answers only after the client's per-attempt timeout. */
  | { kind: "timeout" }
  /** The endpoint answers slowly but well within the timeout. */
  | { kind: "slow" }
  | { kind: "invalid-json" }
  /** A proxy's HTML error page with status 502. */
  | { kind: "html" }
  | { kind: "oauth"; error: "invalid_grant" | "invalid_client"; status: 400 | 401 }
  /** AdGuard's `2fa_required` answer. */
  | { kind: "mfa" }
  | { kind: "retry-after"; seconds: number };

/** Real-time settings shared by the flows (the fake clock covers every other wait). */
export const timing = {
  /** Per-attempt timeout given to clients. */
  timeoutMs: 2_000,
  /** How long a "timeout" fault holds its answer back (real ms). */
  hangMs: 3_500,
  /** How long a "slow" fault holds its answer back (real ms). */
  slowMs: 150,
} as const;

/** What happened when a flow was exercised; never a thrown promise. */
export type Outcome = { ok: true; status: number } | { ok: false; error: unknown };

/** Options every flow accepts (the secrets test passes a file store and collects tokens). */
export interface FlowOptions {
  store?: TokenStore;
  onTokens?: OnTokens;
  /** Secrets in use, by label; flows add theirs (passwords, client secrets, codes, tokens). */
  secrets?: Map<string, string>;
}

/** A started flow against its fake server. */
export interface FlowRun {
  readonly clock: SteppingClock;
  /** Requests as they left the client; reset after any priming login. */
  readonly wire: WireLog;
  /** Makes the next `times` requests to the endpoint under test fail with `fault`. */
  inject(fault: TokenFault, times: number): void;
  /** Runs the grant under test and then one idempotent API call; never throws. */
  exercise(): Promise<Outcome>;
  /** API requests the fake server itself saw without a credential; undefined when its log cannot tell. */
  serverApiWithoutCredential(): number | undefined;
  close(): Promise<void>;
}

/** One provider flow that has a token endpoint. */
export interface TokenFlow {
  /** e.g. `dynata refresh` */
  readonly name: string;
  readonly provider: "dynu" | "dynata" | "adguard-dns" | "dnsimple";
  /** The grant whose endpoint gets the faults; `refresh` flows log in first, then refresh. */
  readonly grant: "client_credentials" | "password" | "refresh" | "authorization_code";
  /** Whether the flow has a second grant to fall back on when this one is rejected. */
  readonly fallsBack: boolean;
  supports(fault: TokenFault): boolean;
  start(options?: FlowOptions): Promise<FlowRun>;
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
export function collectingTokens(options: FlowOptions, prefix: string): OnTokens {
  return async (tokens, key) => {
    const n = (options.secrets?.size ?? 0) + 1;
    options.secrets?.set(`${prefix} access token #${n}`, tokens.accessToken);
    if (tokens.refreshToken)
      options.secrets?.set(`${prefix} refresh token #${n}`, tokens.refreshToken);
    await options.onTokens?.(tokens, key);
  };
}
