// The browser suite's contract: `packages/<name>/suites/browser.ts` exports `browserPages`, the Node side
// of each page; the page itself is `packages/<name>/suites/browser/<flow>.ts`, bundled for Chromium.

/** A page's script: its default export, run in the browser with the config the test set; what it returns is shown as `#result`. */
export type BrowserPageScript<Config> = (config: Config) => Promise<unknown>;

/** What the suite tells a page's Node side before the page opens. */
export interface BrowserPageContext {
  /** The page's own URL, e.g. an OAuth redirect URI that comes back to it. */
  pageUrl: string;
}

/** One run of a page, prepared on the Node side: what it talks to, its config and the checks after it. */
export interface BrowserPageRun {
  /** The fake's API root; the suite puts a CORS gateway on another origin in front of it. */
  target: string;
  /** A path whose GET first shows the vendor's consent page (an "Approve" button the test clicks). */
  consentPath?: string;
  /** The page's config; the suite adds `apiUrl`, the gateway's URL for `target`. */
  config: Record<string, unknown>;
  /** Checks the page's outcome (`{ result }` or `{ error }`) and what the fake saw; throws on a failure. */
  check(outcome: unknown): void | Promise<void>;
  /** Stops what `start` started. */
  close(): Promise<void>;
}

/** A page of a provider: its test name and how to prepare one run. */
export interface BrowserPage {
  /** The test's name, a sentence. */
  test: string;
  /** Starts the fake (seeded as the page needs) and returns the run. */
  start(context: BrowserPageContext): Promise<BrowserPageRun>;
}

/** What `packages/<name>/suites/browser.ts` exports: its pages by flow, each with a script at `suites/browser/<flow>.ts`. */
export interface BrowserSuiteFile {
  browserPages: Readonly<Record<string, BrowserPage>>;
}
