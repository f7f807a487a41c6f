// Reference data: countries, targeting attributes per market, and the current user.
import { envelope, FakeHttpError } from "../fake-http.js";
import { filterBy, pageReply } from "../fake-pages.js";
import type { Route } from "../fake-router.js";
import type { FakeDynataState } from "../fake-state.js";

/** Countries, attributes and `users/info`. */
export function referenceRoutes(state: FakeDynataState): Route[] {
  return [
    {
      method: "GET",
      template: "/sample/v1/countries",
      kind: "api",
      handle(ctx) {
        return pageReply(
          filterBy(state.countries, ctx.query, ["countryName", "isoCode", "id"]),
          ctx,
        );
      },
    },
    {
      method: "GET",
      template: "/sample/v1/attributes/{countryIsoCode}/{languageIsoCode}",
      kind: "api",
      handle(ctx) {
        const attributes = state.attributesFor(
          ctx.params.countryIsoCode!,
          ctx.params.languageIsoCode!,
        );
        if (!attributes) {
          throw new FakeHttpError(404, [
            { path: "countryIsoCode", message: "no attributes for this country and language" },
          ]);
        }
        return pageReply(
          filterBy(attributes, ctx.query, ["id", "name", "text", "type", "tier", "state"]),
          ctx,
        );
      },
    },
    {
      method: "GET",
      template: "/sample/v1/users/info",
      kind: "api",
      handle(ctx) {
        return envelope({
          username: ctx.username,
          fullName: ctx.username,
          companyId: 1,
          companyName: "Fake Research Ltd",
          applications: [{ appId: 1, name: "Demand API", current: true, default: true }],
        });
      },
    },
  ];
}
