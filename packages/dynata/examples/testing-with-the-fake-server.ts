import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import {
  createFakeClock,
  fakeDynataUser,
  startFakeDynataServer,
} from "@provider-clients/dynata/testing";

// A real HTTP server on 127.0.0.1 with Dynata's token endpoints and in-memory projects,
// on a fake clock shared with the client.
const clock = createFakeClock();
const server = await startFakeDynataServer({ clock });
const dynata = createDynataClient({
  baseUrl: server.url,
  clock,
  auth: dynataAuth.password(fakeDynataUser),
});

await dynata.GET("/sample/v1/projects");
// Access tokens last 30 minutes; move the shared fake clock past that.
await clock.advance(31 * 60_000);
await dynata.GET("/sample/v1/projects");
const calls = (path: string) => server.count({ path: `/auth/v1/token/${path}` });
console.log(`password logins: ${calls("password")}, refreshes: ${calls("refresh")}`); // 1 and 1

await dynata.session.revoke();
await server.close();
