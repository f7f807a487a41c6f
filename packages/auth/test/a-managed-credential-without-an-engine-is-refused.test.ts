import { expect, it } from "vitest";
import { createProviderClient } from "../src/client/create-provider-client.js";
import { managedAuth } from "../src/session/managed-auth.js";
import type { ManagedAuth } from "../src/types.js";

const definition = { provider: "fake", defaultBaseUrl: "http://127.0.0.1:9", operations: {} };
const bare: ManagedAuth = { kind: "managed", provider: "fake", account: "a", schemes: [] };

it("refuses a hand-built managed credential with a pointer to managedAuth()", () => {
  expect(() => createProviderClient(definition, { auth: bare })).toThrow(/managedAuth\(\)/);
});

it("starts the session a managedAuth() credential brings", () => {
  const client = createProviderClient(definition, { auth: managedAuth(bare) });
  expect(client.session.state()).toMatchObject({ kind: "managed", status: "empty" });
});
