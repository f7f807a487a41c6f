import { expect, it } from "vitest";
import { apiKeyAuth } from "../src/credentials/api-key-auth.js";

it("sends the key in the named header, formatted as the provider expects", async () => {
  const dynu = apiKeyAuth({ provider: "dynu", key: "k1", header: "API-Key", schemes: ["ApiKey"] });
  const adguard = apiKeyAuth({
    provider: "adguard-dns",
    key: "k2",
    header: "Authorization",
    format: (k) => `ApiKey ${k}`,
    schemes: ["ApiKey"],
  });
  const a = new Headers();
  await dynu.apply(a);
  expect(a.get("API-Key")).toBe("k1");
  const b = new Headers();
  await adguard.apply(b);
  expect(b.get("Authorization")).toBe("ApiKey k2");
  expect(adguard).toMatchObject({ kind: "static", provider: "adguard-dns", schemes: ["ApiKey"] });
  expect(JSON.stringify(adguard)).not.toContain("k2");
});
