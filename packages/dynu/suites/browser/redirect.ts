// A redirect to another origin, seen from a web page: Chromium hides it (opaque), and neither the client nor the plain openapi-fetch middleware follows it.
import { createAuthMiddleware } from "@provider-clients/auth";
import { createDynuClient, dynuAuth } from "@provider-clients/dynu";
import type { BrowserPageScript } from "@provider-clients/scripts/suites/browser";
import createClient from "openapi-fetch";

/** What the Node side sets for this page. */
export interface RedirectPageConfig {
  apiUrl: string;
  apiKey: string;
}

/** How a call ended: the error's class and code, or "answered". */
const outcome = (call: Promise<unknown>) =>
  call.then(
    () => "answered",
    (error: { name?: string; code?: string }) => `${error.name} ${error.code}`,
  );

const page: BrowserPageScript<RedirectPageConfig> = async (config) => {
  const dynu = createDynuClient({
    auth: dynuAuth.apiKey(config.apiKey),
    baseUrl: config.apiUrl,
    throwOnError: true,
  });
  const client = await outcome(dynu.op.dnsGet());
  // biome-ignore lint/suspicious/noExplicitAny: plain openapi-fetch, untyped paths.
  const plain = createClient<any>({ baseUrl: config.apiUrl });
  plain.use(
    createAuthMiddleware({ auth: dynuAuth.apiKey(config.apiKey), securityFor: () => undefined }),
  );
  const middleware = await outcome(plain.GET("/dns", {}));
  return { client, middleware };
};
export default page;
