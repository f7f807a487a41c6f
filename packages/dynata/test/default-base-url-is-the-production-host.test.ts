import { expect, test } from "vitest";
import { createDynataClient, dynataAuth, dynataDefaultBaseUrl } from "../src/index.js";

test("without baseUrl the client talks to https://api.dynata.com, token endpoint included", async () => {
  expect(dynataDefaultBaseUrl).toBe("https://api.dynata.com");
  const seen: string[] = [];
  // A fetch that records the URL and answers like an unreachable host: nothing leaves the machine.
  const offline: typeof fetch = async (input, init) => {
    seen.push(new Request(input, init).url);
    throw new TypeError("offline");
  };
  const client = createDynataClient({
    auth: dynataAuth.password({ username: "u", password: "p" }),
    fetch: offline,
    retry: false,
  });
  await client.GET("/sample/v1/projects").catch(() => undefined);
  expect(seen).toEqual(["https://api.dynata.com/auth/v1/token/password"]);
});

test("users of the older host pass it as baseUrl", async () => {
  const seen: string[] = [];
  const offline: typeof fetch = async (input, init) => {
    seen.push(new Request(input, init).url);
    throw new TypeError("offline");
  };
  const client = createDynataClient({
    baseUrl: "https://api.researchnow.com/",
    auth: dynataAuth.password({ username: "u", password: "p" }),
    fetch: offline,
    retry: false,
  });
  await client.GET("/sample/v1/projects").catch(() => undefined);
  expect(seen).toEqual(["https://api.researchnow.com/auth/v1/token/password"]);
});
