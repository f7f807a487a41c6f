// `/{account}/domains`: list (paged), create (with its zone), get by name or id, delete.
import { listPage } from "../list-page.js";
import type { Route } from "../router.js";
import {
  dataReply,
  filterNameLike,
  isReply,
  jsonObject,
  messageReply,
  noContent,
  ownAccount,
  type RouteDeps,
  validationFailed,
} from "./replies.js";

const DOMAIN_NAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/i;

/** Domain routes over the fake state. */
export function domainRoutes({ state }: RouteDeps): Route[] {
  return [
    {
      method: "GET",
      template: "/v2/{account}/domains",
      authenticated: true,
      handle(context) {
        const account = ownAccount(context);
        if (isReply(account)) return account;
        const { query } = context.request;
        let domains = [...state.domains.values()].filter((d) => d.account_id === account);
        domains = filterNameLike(domains, query);
        const registrant = query.get("registrant_id");
        if (registrant) domains = domains.filter((d) => String(d.registrant_id) === registrant);
        const page = listPage(domains, query, ["id", "name", "expires_at"]);
        return "error" in page ? messageReply(400, page.error) : { status: 200, body: page };
      },
    },
    {
      method: "POST",
      template: "/v2/{account}/domains",
      authenticated: true,
      handle(context) {
        const account = ownAccount(context);
        if (isReply(account)) return account;
        const body = jsonObject(context.request);
        if (isReply(body)) return body;
        const name = typeof body.name === "string" ? body.name.trim().toLowerCase() : "";
        if (!DOMAIN_NAME.test(name))
          return validationFailed({ name: ["is not a valid domain name"] });
        const taken = [...state.domains.values()].some((d) => d.name === name);
        if (taken) return validationFailed({ name: ["has already been taken"] });
        return dataReply(state.addDomain(account, name), 201);
      },
    },
    {
      method: "GET",
      template: "/v2/{account}/domains/{domain}",
      authenticated: true,
      handle(context) {
        const account = ownAccount(context);
        if (isReply(account)) return account;
        const domain = state.findDomain(account, context.params.domain ?? "");
        return domain ? dataReply(domain) : messageReply(404, "Domain not found");
      },
    },
    {
      method: "DELETE",
      template: "/v2/{account}/domains/{domain}",
      authenticated: true,
      handle(context) {
        const account = ownAccount(context);
        if (isReply(account)) return account;
        const domain = state.findDomain(account, context.params.domain ?? "");
        if (!domain) return messageReply(404, "Domain not found");
        state.removeDomain(domain);
        return noContent();
      },
    },
  ];
}
