import { createSession, type ManagedAuth } from "@provider-clients/auth";
import { createRedisTokenStore } from "@provider-clients/token-store-redis";

// Any provider adapter works here (dynuAuth.clientCredentials(...), dynataAuth.password(...));
// this one issues tokens locally so the example runs without a provider.
let issued = 0;
const auth: ManagedAuth = {
  kind: "managed",
  provider: "example",
  account: "ops@example.test",
  schemes: ["Bearer"],
  async obtain(ctx) {
    issued += 1;
    const now = ctx.clock.now();
    return {
      accessToken: `token-${issued}`,
      tokenType: "Bearer",
      issuedAt: now,
      expiresAt: now + 3_600_000,
    };
  },
};

const store = createRedisTokenStore({ url: process.env.REDIS_URL ?? "redis://127.0.0.1:6379" });
try {
  // Two sessions stand for two processes of a fleet: they share the stored token.
  const first = createSession({ auth, baseUrl: "https://api.example.test", store });
  const second = createSession({ auth, baseUrl: "https://api.example.test", store });
  const a = await first.getToken();
  const b = await second.getToken();
  console.log(`same token: ${a.accessToken === b.accessToken}; tokens issued: ${issued}`);
} finally {
  await store.delete({ provider: "example", account: "ops@example.test" });
  await store.close();
}
