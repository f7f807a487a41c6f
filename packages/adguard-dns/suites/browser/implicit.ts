// AdGuard DNS implicit flow in a web page: the access token comes back in the URL fragment.
import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";
import type { BrowserPageScript } from "@provider-clients/scripts/suites/browser";

/** What the Node side sets for this page. */
export interface ImplicitPageConfig {
  apiUrl: string;
  clientId: string;
}

const saved = "adguard-implicit-flow";

const page: BrowserPageScript<ImplicitPageConfig> = async (config) => {
  const redirectUri = `${location.origin}${location.pathname}`;
  if (!location.hash) {
    const start = await adguardDnsAuth.authorizeUrl({
      clientId: config.clientId,
      redirectUri,
      responseType: "token",
      baseUrl: config.apiUrl,
    });
    sessionStorage.setItem(saved, start.state);
    location.assign(start.url);
    return undefined;
  }
  const adguard = createAdGuardDnsClient({
    baseUrl: config.apiUrl,
    auth: adguardDnsAuth.fromRedirect(location.href, {
      expectedState: sessionStorage.getItem(saved) ?? "",
    }),
    throwOnError: true,
  });
  const { data: limits } = await adguard.op.getAccountLimits();
  return { devicesLimit: limits?.devices.limit, session: adguard.session.state().status };
};
export default page;
