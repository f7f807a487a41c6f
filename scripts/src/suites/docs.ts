// The docs suite's contract: `packages/<name>/suites/docs.ts` exports `exampleStart` when the registry's
// default (the first static credential, read from `<NAME>_<BUILDER>`) does not fit the provider.

/** How every operation example of the provider starts: its client's credential and the client's variable name. */
export interface DocsExampleStart {
  /** An expression of the auth object, e.g. `dnsimpleAuth.accessToken(process.env.DNSIMPLE_TOKEN ?? "")`. */
  auth: string;
  /** The variable the example names the client. */
  client: string;
}

/** What `packages/<name>/suites/docs.ts` exports. */
export interface DocsSuiteFile {
  exampleStart: DocsExampleStart;
}
