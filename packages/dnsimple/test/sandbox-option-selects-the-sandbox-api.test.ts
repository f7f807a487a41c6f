import { describe, expect, it } from "vitest";
import { createDnsimpleClient, dnsimpleAuth } from "../src/index.js";

// Answers every request locally and records where it was sent: nothing leaves the machine.
function recorder() {
  const urls: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    urls.push(new Request(input, init).url);
    return Response.json({ data: { account: null, user: null } });
  };
  return { urls, fetch };
}

describe("the API server a client talks to", () => {
  const auth = dnsimpleAuth.accessToken("t");

  it("is production by default and the sandbox with sandbox: true", async () => {
    const production = recorder();
    await createDnsimpleClient({ auth, fetch: production.fetch }).op.whoami();
    const sandbox = recorder();
    await createDnsimpleClient({ auth, fetch: sandbox.fetch, sandbox: true }).op.whoami();
    expect(production.urls).toEqual(["https://api.dnsimple.com/v2/whoami"]);
    expect(sandbox.urls).toEqual(["https://api.sandbox.dnsimple.com/v2/whoami"]);
  });

  it("is an explicit baseUrl when one is given, sandbox or not", async () => {
    const local = recorder();
    await createDnsimpleClient({
      auth,
      fetch: local.fetch,
      sandbox: true,
      baseUrl: "http://127.0.0.1:9/v2",
    }).op.whoami();
    expect(local.urls).toEqual(["http://127.0.0.1:9/v2/whoami"]);
  });
});
