import { request } from "node:http";
import { expect, it } from "vitest";
import { repositoryRoot } from "../src/bins.js";
import { spawnFake } from "../src/spawn-fake.js";

/** A GET the way `curl -H "Authorization: Bearer $TOKEN" URL` sends it: node:http, no client of ours. */
function curl(url: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(url, { headers: { authorization: `Bearer ${token}`, accept: "*/*" } });
    sent.on("response", (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => {
        body += chunk.toString("utf8");
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

it("`pnpm fake dnsimple` serves whoami to the printed token until Ctrl-C, then exits 0", async () => {
  const fake = await spawnFake(["pnpm", "--silent", "fake", "dnsimple"], { cwd: repositoryRoot });
  expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v2$/);
  expect(fake.output()).toContain(`DNSIMPLE_BASE_URL=${fake.url}`);
  const token = fake.credentials.accessToken ?? "";
  expect(token).not.toBe("");

  const whoami = await curl(`${fake.url}/whoami`, token);
  expect(whoami.status).toBe(200);
  expect(JSON.parse(whoami.body)).toMatchObject({
    data: { account: { id: Number(fake.credentials.accountId) } },
  });
  expect((await curl(`${fake.url}/whoami`, "not-a-token")).status).toBe(401);

  fake.signal("SIGINT");
  expect(await fake.exit).toEqual({ code: 0, signal: null });
  expect(fake.output()).toContain("Stopped (SIGINT).");
  await expect(curl(`${fake.url}/whoami`, token)).rejects.toMatchObject({ code: "ECONNREFUSED" });
});
