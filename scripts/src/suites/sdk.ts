// The SDK suite's contract (tests/sdk): `packages/<name>/suites/sdk.ts` exports `errorSamples`, one way to
// build each error class the provider adds to the auth package's (whose samples live in the suite).

/** Builds one instance of an exported error class; `exports` are the minified package's exports. */
export type ErrorSample = (
  Class: new (...args: never[]) => Error,
  exports: Record<string, unknown>,
) => Error;

/** What `packages/<name>/suites/sdk.ts` exports. */
export interface SdkSuiteFile {
  /** A sample per error class of the provider's own, by exported name. */
  errorSamples: Readonly<Record<string, ErrorSample>>;
}
