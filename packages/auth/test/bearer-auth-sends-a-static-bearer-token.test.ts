import { expect, it } from "vitest";
import { bearerAuth } from "../src/credentials/bearer-auth.js";

it("sets Authorization: Bearer <token>", async () => {
  const auth = bearerAuth({ provider: "dnsimple", token: "pat-123", schemes: ["bearerAuth"] });
  const headers = new Headers();
  await auth.apply(headers);
  expect(headers.get("authorization")).toBe("Bearer pat-123");
  expect(auth.kind).toBe("static");
});
