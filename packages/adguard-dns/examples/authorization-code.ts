import { adguardDnsAuth, createAdGuardDnsClient } from "@provider-clients/adguard-dns";

const baseUrl = process.env.ADGUARD_DNS_BASE_URL;
const clientId = process.env.ADGUARD_DNS_CLIENT_ID ?? "";
const redirectUri = process.env.ADGUARD_DNS_REDIRECT_URI ?? "";

// Stand-in for the user's browser: the fake server approves at once and redirects.
async function openInBrowser(url: string): Promise<string> {
  const response = await fetch(url, { redirect: "manual" });
  return response.headers.get("location") ?? "";
}

// 1. Send the user to the authorize page; keep `state` and `codeVerifier` server-side.
const { url, state, codeVerifier } = await adguardDnsAuth.authorizeUrl({
  clientId,
  redirectUri,
  responseType: "code",
  baseUrl,
});

// 2. Your redirect handler receives the URL the user comes back to.
const redirectedTo = await openInBrowser(url);

// 3. State is checked now; the code is exchanged (with the PKCE verifier) on the first call.
const adguard = createAdGuardDnsClient({
  baseUrl,
  auth: adguardDnsAuth.fromRedirect(redirectedTo, {
    expectedState: state,
    clientId,
    codeVerifier,
    redirectUri,
  }),
});
const { data: limits } = await adguard.op.getAccountLimits();
console.log(`authorized; ${limits?.dns_servers.used} DNS server profile(s) in use`);
await adguard.session.revoke();
