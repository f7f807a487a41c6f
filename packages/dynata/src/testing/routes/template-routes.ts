// Quota plan templates: the one resource the API deletes, so list/create/update/delete all exist.
import type { components } from "../../generated/index.js";
import { envelope, FakeHttpError } from "../fake-http.js";
import { pageReply } from "../fake-pages.js";
import type { Route } from "../fake-router.js";
import type { FakeDynataState } from "../fake-state.js";
import { BodyCheck } from "../fake-validate.js";

type Template = components["schemas"]["Template"];

function checkTemplate(body: unknown, create: boolean): BodyCheck {
  const check = new BodyCheck(body);
  check.field("name", "string", create);
  check.field("description", "string", create);
  check.isoCode("countryISOCode", create);
  check.isoCode("languageISOCode", create);
  check.field("quotaPlan", "object", create);
  check.field("tags", "string");
  return check;
}

function findTemplate(state: FakeDynataState, raw: string): Template {
  const template = /^\d+$/.test(raw) ? state.templates.get(Number(raw)) : undefined;
  if (!template)
    throw new FakeHttpError(404, [{ path: "id", message: `template ${raw} not found` }]);
  return template;
}

/** Template list, create, update and delete. */
export function templateRoutes(state: FakeDynataState): Route[] {
  const fields = [
    "name",
    "description",
    "countryISOCode",
    "languageISOCode",
    "quotaPlan",
    "tags",
  ] as const;
  return [
    {
      method: "GET",
      template: "/sample/v1/templates/quotaPlan/{country}/{lang}",
      kind: "api",
      handle(ctx) {
        const country = ctx.params.country!.toUpperCase();
        const lang = ctx.params.lang!.toLowerCase();
        const name = ctx.query.get("name");
        const matching = [...state.templates.values()].filter(
          (t) =>
            t.countryISOCode?.toUpperCase() === country &&
            t.languageISOCode?.toLowerCase() === lang &&
            (!name || t.name === name),
        );
        return pageReply(matching, ctx);
      },
    },
    {
      method: "POST",
      template: "/sample/v1/templates/quotaPlan",
      kind: "api",
      async handle(ctx) {
        const check = checkTemplate(await ctx.json(), true);
        check.done();
        const now = state.timestamp();
        const template: Template = {
          id: state.nextTemplateId(),
          name: "",
          editable: true,
          state: "ACTIVE",
          createdAt: now,
          updatedAt: now,
        };
        for (const key of fields)
          if (check.value[key] !== undefined)
            (template as Record<string, unknown>)[key] = check.value[key];
        state.templates.set(template.id, template);
        return envelope(template);
      },
    },
    {
      method: "POST",
      template: "/sample/v1/templates/quotaPlan/{id}",
      kind: "api",
      async handle(ctx) {
        const template = findTemplate(state, ctx.params.id!);
        const check = checkTemplate(await ctx.json(), false);
        check.done();
        for (const key of fields)
          if (check.value[key] !== undefined)
            (template as Record<string, unknown>)[key] = check.value[key];
        template.updatedAt = state.timestamp();
        return envelope(template);
      },
    },
    {
      method: "DELETE",
      template: "/sample/v1/templates/quotaPlan/{id}",
      kind: "api",
      handle(ctx) {
        const template = findTemplate(state, ctx.params.id!);
        state.templates.delete(template.id);
        return envelope({});
      },
    },
  ];
}
