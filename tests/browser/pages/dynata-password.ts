// Dynata's password login from a web page: tokens fetched through the gateway, a typed call, then logout.
import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import { readConfig, runPage } from "./page-io.js";

const config = readConfig<{ apiUrl: string; username: string; password: string }>();

runPage(async () => {
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
});
