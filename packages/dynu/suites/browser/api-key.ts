// A Dynu dynamic-DNS update from a web page: API key, typed calls, cross-origin.
import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import type { BrowserPageScript } from "@provider-clients/scripts/suites/browser";

/** What the Node side sets for this page. */
export interface ApiKeyPageConfig {
  apiUrl: string;
  apiKey: string;
  domainId: number;
  recordId: number;
}

const page: BrowserPageScript<ApiKeyPageConfig> = async (config) => {
  const dynu = createDynuClient({
    auth: dynuAuth.apiKey(config.apiKey),
    baseUrl: config.apiUrl,
    throwOnError: true,
  });
  const path = { id: config.domainId, dnsRecordId: config.recordId };
  await dynu.POST("/dns/{id}/record/{dnsRecordId}", {
    params: { path },
    body: { recordType: "A", nodeName: "home", ipv4Address: "203.0.113.7" },
  });
  const { data } = await dynu.op.dnsIdRecordDnsRecordIdGet({ params: { path } });
  return { hostname: data?.hostname, content: data?.content, session: dynu.session.state().status };
};
export default page;
