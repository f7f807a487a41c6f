// `/{account}/zones`: list (paged), get, and switching DNS service on and off (activation).
import type { FakeZone } from "../fake-records.js";
import { listPage } from "../list-page.js";
import type { FakeReply, Route, RouteContext } from "../router.js";
import {
  dataReply,
  filterNameLike,
  isReply,
  messageReply,
  ownAccount,
  type RouteDeps,
} from "./replies.js";

/** Zone routes over the fake state. */
export function zoneRoutes({ state }: RouteDeps): Route[] {
  // The zone named in the path, within the caller's account.
  const zoneOf = (context: RouteContext): FakeZone | FakeReply => {
    const account = ownAccount(context);
    if (isReply(account)) return account;
    return (
      state.findZone(account, context.params.zone ?? "") ?? messageReply(404, "Zone not found")
    );
  };
  const setActive = (active: boolean) => (context: RouteContext) => {
    const zone = zoneOf(context);
    if (isReply(zone)) return zone;
    zone.active = active;
    zone.updated_at = state.timestamp();
    return dataReply(zone);
  };
  return [
    {
      method: "GET",
      template: "/v2/{account}/zones",
      authenticated: true,
      handle(context) {
        const account = ownAccount(context);
        if (isReply(account)) return account;
        const zones = [...state.zones.values()].filter((z) => z.account_id === account);
        const page = listPage(filterNameLike(zones, context.request.query), context.request.query, [
          "id",
          "name",
        ]);
        return "error" in page ? messageReply(400, page.error) : { status: 200, body: page };
      },
    },
    {
      method: "GET",
      template: "/v2/{account}/zones/{zone}",
      authenticated: true,
      handle(context) {
        const zone = zoneOf(context);
        return isReply(zone) ? zone : dataReply(zone);
      },
    },
    {
      method: "PUT",
      template: "/v2/{account}/zones/{zone}/activation",
      authenticated: true,
      handle: setActive(true),
    },
    {
      method: "DELETE",
      template: "/v2/{account}/zones/{zone}/activation",
      authenticated: true,
      handle: setActive(false),
    },
  ];
}
