import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeProviderContract } from "@provider-clients/scripts/provider-contract";
import { expect } from "vitest";
import { createFileTokenStore } from "../src/file-store.js";
import { createDynataClient, dynataAuth } from "../src/index.js";
import {
  dynataFakeConfig,
  type FakeDynataServer,
  fakeDynataUser,
  startFakeDynataServer,
} from "../src/testing/index.js";
import { lineItemBody, projectBody, repriceEvent } from "./support/dynata-fixture.js";

// A static bearer token the contract's fakes accept, for the operation walk.
const walkToken = "contract-walk-token";
const env = (server: FakeDynataServer) => ({
  DYNATA_BASE_URL: server.url,
  DYNATA_USERNAME: fakeDynataUser.username,
  DYNATA_PASSWORD: fakeDynataUser.password,
});

/** Projects and line items in the states each action starts from, tokens and a code to trade. */
async function walkInputs(fake: FakeDynataServer) {
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${fake.url}/sample/v1/projects${path}`, {
      method,
      headers: { authorization: `Bearer ${walkToken}`, "content-type": "application/json" },
      body: JSON.stringify(body ?? {}),
    });
  const items = ["li-get", "li-close", "li-buy", "li-launch", "li-pause"].map(lineItemBody);
  await call("POST", "", { ...projectBody("walk"), lineItems: items });
  const buy = (id: string) => ({
    ...{ extLineItemId: id, surveyURL: "https://survey.example/s" },
    surveyTestURL: "https://survey.example/t",
  });
  await call("POST", "/walk/buy", [buy("li-launch"), buy("li-pause")]);
  await call("POST", "/walk/lineItems/li-pause/launch");
  for (const id of ["walk-close", "walk-closed"]) await call("POST", "", projectBody(id));
  await call("POST", "/walk-closed/close");
  const [accept, reject] = [1, 2].map(() => fake.seed("events", repriceEvent("walk", "li-get", 9)));
  const [refresh, switchCompany, logout] = [1, 2, 3].map(() =>
    fake.tokens.issue(fakeDynataUser.username, { refresh: true, clientId: "api" }),
  );
  const redirectURI = "https://app.example/callback";
  const code = fake.tokens.createCode({
    ...{ subject: fakeDynataUser.username, clientId: "api", redirectUri: redirectURI },
    ...{ challenge: undefined, state: undefined },
  });
  const upload = new FormData();
  upload.set("file", new Blob(["PK"]), "corrections.xlsx");
  upload.set("message", "two completes were fraud");
  const client = { clientId: "api" };
  const lineItem = (extLineItemId: string) => ({ extLineItemId });
  return {
    // Every path names the walk's project and its first line item, in the one market the fake knows.
    values: {
      ...{ extProjectId: "walk", extLineItemId: "li-get" },
      ...{ countryIsoCode: "US", languageIsoCode: "en", country: "US", lang: "en" },
    },
    // Each action on its own line item or project, in the state the action starts from.
    params: {
      eventsAccept: { eventId: accept?.eventId },
      eventsReject: { eventId: reject?.eventId },
      lineItemsClose: lineItem("li-close"),
      lineItemsLaunch: lineItem("li-launch"),
      lineItemsPause: lineItem("li-pause"),
      projectsClose: { extProjectId: "walk-close" },
      projectsInvoices: { extProjectId: "walk-closed" },
    },
    bodies: {
      authCode: { ...client, code, redirectURI },
      authLogout: { ...client, ...logout },
      authPassword: { ...client, ...fakeDynataUser },
      authRefresh: { ...client, refreshToken: refresh?.refreshToken },
      authSwitchCompany: { ...client, refreshToken: switchCompany?.refreshToken, companyId: 2 },
      projectsBuy: [buy("li-buy")],
      projectsReconcile: upload,
      projectsUpdate: { title: "Walked" },
    },
  };
}

describeProviderContract<FakeDynataServer>({
  provider: "dynata",
  packageRoot: new URL("../", import.meta.url),
  config: dynataFakeConfig(),
  start: (options) => startFakeDynataServer({ ...options, bearerTokens: [walkToken] }),
  credentialHeaders: { authorization: `Bearer ${walkToken}` },
  walkInputs,
  readOperationId: "projectsList",
  client(fake, options) {
    const auth = dynataAuth.password(fakeDynataUser);
    const dynata = createDynataClient({ auth, baseUrl: fake.url, ...options });
    return { read: () => dynata.GET("/sample/v1/projects") };
  },
  examples: {
    "examples/password-login.ts": async ({ run, start }) => {
      const server = await start();
      const printed = await run("examples/password-login.ts", env(server));
      expect(printed[0]).toBe("created readme-project in state PROVISIONED");
      expect(printed[1]).toMatch(/^us-en: \d+(\.\d+)? USD per complete$/);
      const project = server.state("projects").find((p) => p.extProjectId === "readme-project");
      expect(project).toMatchObject({ title: "Commuting, 2025", state: "CLOSED" });
      const calls = (path: string) => server.count({ path: `/auth/v1/${path}` });
      expect([calls("token/password"), calls("token/refresh"), calls("logout")]).toEqual([1, 0, 1]);
    },
    "examples/pagination.ts": async ({ run, start }) => {
      const server = await start();
      const printed = await run("examples/pagination.ts", env(server));
      const countries = server.state("countries");
      const markets = countries.reduce((n, c) => n + (c.supportedLanguages?.length ?? 0), 0);
      expect(printed[0]).toBe(`${markets} markets`);
      const premium = server.state("attributes").filter((a) => a.tier === "PREMIUM");
      expect(printed.slice(1)).toEqual(premium.map((a) => `${a.id} ${a.name}`));
    },
    "examples/errors.ts": async ({ run, start }) => {
      const printed = await run("examples/errors.ts", env(await start()));
      expect(printed).toHaveLength(1);
      expect(printed[0]).toMatch(/^HTTP 404, request id [0-9a-f-]{36}$/);
    },
    "examples/testing-with-the-fake-server.ts": async ({ run }) => {
      const printed = await run("examples/testing-with-the-fake-server.ts");
      expect(printed).toEqual(["password logins: 1, refreshes: 1"]);
    },
    "examples/use-the-command-line-login.ts": async ({ run, start }) => {
      // What `npx @provider-clients/dynata login` leaves behind: a session in the token file.
      const server = await start();
      const dir = await mkdtemp(join(tmpdir(), "dynata-readme-"));
      try {
        const file = join(dir, "tokens.json");
        const auth = dynataAuth.password(fakeDynataUser);
        const store = createFileTokenStore(file);
        await createDynataClient({ auth, baseUrl: server.url, store }).GET("/sample/v1/countries");
        const vars = { ...env(server), PROVIDER_CLIENTS_TOKEN_FILE: file, DYNATA_PASSWORD: "" };
        const printed = await run("examples/use-the-command-line-login.ts", vars);
        expect(printed).toEqual(["stored session: valid", "countries: 10"]);
        expect(server.count({ path: "/auth/v1/token/password" })).toBe(1);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    "examples/drift-detection.ts": async ({ run }) => {
      expect(await run("examples/drift-detection.ts")).toEqual([
        "countries: 10",
        "countriesList 200: /data/0/isoCode is absent, the spec says present",
        "countries: 10",
      ]);
    },
  },
});
