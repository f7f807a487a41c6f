// AdGuard DNS authorization code + PKCE in a web page: authorize, come back, exchange, typed calls.
import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import type { BrowserPageScript } from "@provider-clients/scripts/suites/browser";

/** What the Node side sets for this page. */
export interface CodePageConfig {
  apiUrl: string;
  clientId: string;
}

const saved = "adguard-code-flow";

const page: BrowserPageScript<CodePageConfig> = async (config) => {
  const redirectUri = `${location.origin}${location.pathname}`;
  const back = new URLSearchParams(location.search);
  if (!back.has("code") && !back.has("error")) {
    const start = await adguardDnsAuth.authorizeUrl({
      clientId: config.clientId,
      redirectUri,
      responseType: "code",
      baseUrl: config.apiUrl,
    });
    // The verifier stays in this tab; only its S256 challenge travels in the URL.
    sessionStorage.setItem(saved, JSON.stringify(start));
    location.assign(start.url);
    return undefined;
  }
  const start = JSON.parse(sessionStorage.getItem(saved) ?? "{}");
  const adguard = createAdGuardDnsClient({
    baseUrl: config.apiUrl,
    auth: adguardDnsAuth.fromRedirect(location.href, {
      expectedState: start.state,
      clientId: config.clientId,
      codeVerifier: start.codeVerifier,
      redirectUri,
    }),
    throwOnError: true,
  });
  const { data: limits } = await adguard.op.getAccountLimits();
  const { data: devices } = await adguard.GET("/oapi/v1/devices");
  return {
    verifierInUrl: start.url.includes(start.codeVerifier),
    devicesLimit: limits?.devices.limit,
    devices: devices?.length,
    session: adguard.session.state().status,
  };
};
export default page;
