// An answer differs from the spec (drift detection in "throw" mode); says where and which types, never values.
import type { SpecMismatchReport } from "../validate/types.js";
import { ProviderClientError } from "./provider-client-error.js";

/** What the drift check knows about the call besides its report. */
export interface SpecMismatchErrorOptions {
  /** Provider name, e.g. `dnsimple`; prefixed to the message. */
  provider?: string | undefined;
  url: string | URL;
  response?: Response | undefined;
}

/** The answer to `report.operationId` does not match the spec: `report` lists pointers and JSON types. */
export class SpecMismatchError extends ProviderClientError {
  override name = "SpecMismatchError";
  readonly provider: string | undefined;
  readonly report: SpecMismatchReport;

  constructor(report: SpecMismatchReport, options: SpecMismatchErrorOptions) {
    const who = options.provider ? `${options.provider} ` : "";
    super(`${who}${report.operationId} answered HTTP ${report.status}, ${summarize(report)}`, {
      code: "spec_mismatch",
      status: report.status,
      method: report.method,
      url: options.url,
      response: options.response,
    });
    this.provider = options.provider;
    this.report = report;
  }
}

/** The first mismatch in words, and how many more there are. */
function summarize(report: SpecMismatchReport): string {
  const [first, ...rest] = report.mismatches;
  if (!first) return "a status the spec does not declare";
  const more = rest.length > 0 ? ` (+${rest.length} more)` : "";
  return `unlike the spec at ${first.pointer || "the body"}: expected ${first.expected}, got ${first.actual}${more}`;
}
