// What the call router and the routed fetch share: the two send chains and the one credential decision.
import type { CarriesCredential } from "../middleware/credential-rule.js";
import type { OperationIndex } from "./operation-index.js";
import type { CallResult } from "./raise-error-results.js";
import type { FetchLike, Send } from "./send.js";
import type { Settle } from "./settle-results.js";

/** The two send chains, the decision between them, the fetch they end at, an optional result check. */
export interface Routing {
  index: OperationIndex;
  carries: CarriesCredential;
  /** Credential, retry, timeout. */
  authorized: Send;
  /** Retry, timeout: for operations that go without the credential. */
  plain: Send;
  fetch: FetchLike;
  /** Parses 2xx JSON bodies (or raises ResponseParseError) and gives empty non-2xx answers an error. */
  settle: Settle;
  check?: ((result: CallResult, method: string) => CallResult) | undefined;
}
