// The OAuth redirect's `state` is missing or not the one this client sent (possible CSRF).
import { ProviderClientError } from "./provider-client-error.js";

/** Raised before anything else in the redirect is looked at; the values are never echoed. */
export class StateMismatchError extends ProviderClientError {
  override name = "StateMismatchError";
  constructor(reason: "missing" | "mismatch") {
    super(
      reason === "missing"
        ? "OAuth redirect carries no state parameter"
        : "OAuth redirect state does not match the one sent",
      { code: "state_mismatch" },
    );
  }
}
