// Dynata's password login from a web page: tokens fetched through the gateway, a typed call, then logout.
import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import type { BrowserPageScript } from "@provider-clients/scripts/suites/browser";

/** What the Node side sets for this page. */
export interface PasswordPageConfig {
  apiUrl: string;
  username: string;
  password: string;
}

const page: BrowserPageScript<PasswordPageConfig> = async (config) => {
  const dynata = createDynataClient({
    auth: dynataAuth.password({ username: config.username, password: config.password }),
    baseUrl: config.apiUrl,
    throwOnError: true,
  });
  const { data } = await dynata.op.projectsList();
  const signedIn = dynata.session.state().status;
  await dynata.session.revoke();
  return {
    projects: Array.isArray(data?.data) ? data.data.length : undefined,
    signedIn,
    afterLogout: dynata.session.state().status,
  };
};
export default page;
