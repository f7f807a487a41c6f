import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";

// A real HTTP server on 127.0.0.1 with Dynata's token endpoints and in-memory projects.
const server = await startFakeDynataServer();
const dynata = createDynataClient({
  baseUrl: server.url,
  clock: server.clock,
  auth: dynataAuth.password(fakeDynataUser),
});

await dynata.GET("/sample/v1/projects");
// Access tokens last 30 minutes; move the shared fake clock past that.
await server.clock.advance(31 * 60_000);
await dynata.GET("/sample/v1/projects");
console.log(server.state.auth.counts); // { password: 1, refresh: 1, logout: 0 }

await dynata.session.revoke();
await server.close();
