// DNSimple's hosts: the API (production and sandbox) and the web host that shows the authorize page.
import { servers } from "./generated/index.js";

/** The production API root. */
export const PRODUCTION_API_URL: string = servers[0];
/** The sandbox API root (test accounts, no real registrations or charges). */
export const SANDBOX_API_URL: string = servers[1];
/** The production authorize page (on the web host, not the API host). */
export const PRODUCTION_AUTHORIZE_URL = "https://dnsimple.com/oauth/authorize";
/** The sandbox authorize page. */
export const SANDBOX_AUTHORIZE_URL = "https://sandbox.dnsimple.com/oauth/authorize";

/** Where API calls go: an explicit base URL wins, then the sandbox switch, then production. */
export function apiBaseUrl(options: {
  baseUrl?: string | undefined;
  sandbox?: boolean | undefined;
}): string {
  return options.baseUrl ?? (options.sandbox ? SANDBOX_API_URL : PRODUCTION_API_URL);
}
