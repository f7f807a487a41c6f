// A user's first program: log in to the Dynata fake server, list projects, refresh, log out.
import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";

const server = await startFakeDynataServer();
try {
  const dynata = createDynataClient({
    baseUrl: server.url,
    clock: server.clock,
    auth: dynataAuth.password(fakeDynataUser),
  });
  const first = await dynata.GET("/sample/v1/projects");
  if (first.error) throw new Error(`unexpected error ${JSON.stringify(first.error)}`);
  await server.clock.advance(31 * 60_000);
  const second = await dynata.GET("/sample/v1/projects");
  if (second.error) throw new Error("the refreshed token was refused");
  await dynata.session.revoke();
  console.log(`dynata ok: ${JSON.stringify(server.state.auth.counts)}`);
} finally {
  await server.close();
}
