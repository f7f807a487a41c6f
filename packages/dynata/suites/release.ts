// A user's first program: log in to the Dynata fake server, list projects, refresh, log out.
import { createDynataClient, dynataAuth } from "@provider-clients/dynata";
import {
  createFakeClock,
  fakeDynataUser,
  startFakeDynataServer,
} from "@provider-clients/dynata/testing";

const clock = createFakeClock();
const server = await startFakeDynataServer({ clock });
try {
  const dynata = createDynataClient({
    baseUrl: server.url,
    clock,
    auth: dynataAuth.password(fakeDynataUser),
  });
  const first = await dynata.GET("/sample/v1/projects");
  if (first.error) throw new Error(`unexpected error ${JSON.stringify(first.error)}`);
  await clock.advance(31 * 60_000);
  const second = await dynata.GET("/sample/v1/projects");
  if (second.error) throw new Error("the refreshed token was refused");
  await dynata.session.revoke();
  const calls = (path: string) => server.count({ path: `/auth/v1/${path}` });
  const counts = { password: calls("token/password"), refresh: calls("token/refresh") };
  console.log(`dynata ok: ${JSON.stringify({ ...counts, logout: calls("logout") })}`);
} finally {
  await server.close();
}
