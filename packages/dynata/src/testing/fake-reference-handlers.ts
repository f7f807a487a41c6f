// Reference data and templates: countries, attributes per market, quota plan templates and the current user.
import type { KitContext, KitHandler, ResourceModel } from "@provider-clients/auth/testing";
import type { components } from "../generated/index.js";
import { apiTimestamp, byQuery, envelope, offsetPaging, pageReply } from "./fake-envelope.js";

type Schemas = components["schemas"];

const sameCode = (a: string | undefined, b: unknown) =>
  a?.toLowerCase() === String(b).toLowerCase();

/** Countries, attributes (one catalogue for every market) and templates, as stored resources. */
export const referenceModels: ResourceModel[] = [
  {
    ...{ name: "countries", ids: { kind: "given" }, operations: { list: "countriesList" } },
    ...{
      listAt: "data",
      pagination: offsetPaging,
      narrow: byQuery(["countryName", "isoCode", "id"]),
    },
  },
  {
    ...{ name: "attributes", ids: { kind: "given" }, operations: { list: "attributesList" } },
    ...{ listAt: "data", pagination: offsetPaging },
    narrow: byQuery(["id", "name", "text", "type", "tier", "state"]),
  },
  {
    ...{ name: "templates", ids: { kind: "integer", start: 1 }, itemAt: "data" },
    operations: { create: "createTemplate", update: "updateTemplate", delete: "deleteTemplate" },
    ...{ defaults: { editable: true, state: "ACTIVE" }, readOnly: ["editable", "state"] },
    derive: (item, { now, created }) => {
      item.updatedAt = apiTimestamp(now());
      if (created) item.createdAt = item.updatedAt;
    },
  },
];

/** Handlers by operationId. */
export const referenceHandlers: Record<string, KitHandler> = {
  // Attributes exist only for a language the country offers; the model answers the rest.
  attributesList(ctx) {
    const { countryIsoCode, languageIsoCode } = ctx.request.params;
    const countries = ctx.resources.list("countries") as Schemas["Country"][];
    const country = countries.find((c) => sameCode(c.isoCode, countryIsoCode));
    if (country?.supportedLanguages?.some((l) => sameCode(l.isoCode, languageIsoCode))) return;
    return ctx.fail("not-found", "no attributes for this country and language");
  },
  getTemplates(ctx) {
    const { params, query } = ctx.request;
    const templates = (ctx.resources.list("templates") as Schemas["Template"][]).filter(
      (t) =>
        sameCode(t.countryISOCode, params.country) &&
        sameCode(t.languageISOCode, params.lang) &&
        (query.name === undefined || t.name === query.name),
    );
    return pageReply(templates, ctx);
  },
  usersGetUserInfo(ctx) {
    const username = ctx.subject ?? "";
    const applications = [{ appId: 1, name: "Demand API", current: true, default: true }];
    return envelope({
      username,
      fullName: username,
      companyId: 1,
      companyName: "Fake Research Ltd",
      applications,
    });
  },
};
