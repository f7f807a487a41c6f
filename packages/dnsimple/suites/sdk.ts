// DNSimple's part of tests/sdk: its own error class, built for the minified-name check.
import type { SdkSuiteFile } from "@provider-clients/scripts/suites/sdk";

type AnyClass = new (...args: unknown[]) => Error;

/** `DnsimpleOAuthError` wraps the auth package's `OAuthError`. */
export const errorSamples: SdkSuiteFile["errorSamples"] = {
  DnsimpleOAuthError: (Class, exports) => {
    const OAuthError = exports.OAuthError as AnyClass;
    return new (Class as unknown as AnyClass)(
      new OAuthError({ status: 400, error: "invalid_grant" }),
    );
  },
};
