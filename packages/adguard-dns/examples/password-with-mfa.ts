import {
  adguardDnsAuth,
  createAdGuardDnsClient,
  MfaRequiredError,
} from "@provider-clients/adguard-dns";

const username = process.env.ADGUARD_DNS_USERNAME ?? "";
const baseUrl = process.env.ADGUARD_DNS_BASE_URL;

// In an app these prompt the user (the code comes from their authenticator).
const askForPassword = async () => process.env.ADGUARD_DNS_PASSWORD ?? "";
const askForCode = async () => process.env.ADGUARD_DNS_MFA_TOKEN ?? "";

// Asked once and kept: the login with a code needs it again. (A function given as `password`
// is called at every login, so a prompting one would ask twice.)
const password = await askForPassword();

function connect(mfaToken?: string) {
  return createAdGuardDnsClient({
    baseUrl,
    auth: adguardDnsAuth.password({ username, password, mfaToken }),
  });
}

let adguard = connect();
try {
  await adguard.op.getAccountLimits();
} catch (error) {
  if (!(error instanceof MfaRequiredError)) throw error;
  adguard = connect(await askForCode());
}

const { data: servers } = await adguard.op.listDNSServers();
console.log(`logged in as ${username}; ${servers?.length} DNS server profile(s)`);

// Log out: revokes the refresh token at /oapi/v1/revoke_token and forgets the tokens.
await adguard.session.revoke();
