// Dynata's part of the tour: password login, typed calls, a silent refresh across the 30-minute expiry, logout.
import { createFakeClock } from "@provider-clients/auth/testing";
import {
  createDynataClient,
  type DynataClient,
  dynataAuth,
  paginateAttributes,
  paginateCountries,
} from "@provider-clients/dynata";
import { fakeDynataUser, startFakeDynataServer } from "@provider-clients/dynata/testing";
import type { ProviderTour, TourLog } from "@provider-clients/scripts/suites/demo";

const minute = 60_000;
const project = { extProjectId: "tour-project" };
const lineItem = { ...project, extLineItemId: "us-en" };

/** Runs the Dynata password flow against a fresh fake server and stops it, even when a step fails. */
export const tour: ProviderTour = async (log) => {
  const clock = createFakeClock();
  const fake = await startFakeDynataServer({ clock });
  const calls = () => {
    const answered = (path: string) => fake.requests({ path }).filter((r) => !r.fault).length;
    return {
      password: answered("/auth/v1/token/password"),
      refresh: answered("/auth/v1/token/refresh"),
      logout: answered("/auth/v1/logout"),
    };
  };
  const counts = () => {
    const { password, refresh, logout } = calls();
    return `password ${password}, refresh ${refresh}, logout ${logout}`;
  };
  try {
    const dynata = createDynataClient({
      auth: dynataAuth.password(fakeDynataUser),
      baseUrl: fake.url,
      clock,
      throwOnError: true,
    });
    await log.step("password: authenticate (POST /auth/v1/token/password, JSON)", async () => {
      const { data } = await dynata.op.usersGetUserInfo();
      const minutes = ((dynata.session.state().expiresAt ?? 0) - clock.now()) / minute;
      return `logged in as ${data?.data.username}; access token valid for ${minutes} min; ${counts()}`;
    });
    await projectRoundTrip(log, dynata);
    await log.step("password: quota plan template create, list, update, delete", async () => {
      const { data: created } = await dynata.op.createTemplate({
        body: {
          name: "Even split",
          description: "Half and half",
          countryISOCode: "US",
          languageISOCode: "en",
          quotaPlan: {},
        },
      });
      const id = created?.data.id ?? 0;
      await dynata.op.updateTemplate({
        params: { path: { id } },
        body: { description: "Fifty-fifty" },
      });
      const market = { path: { country: "US", lang: "en" } };
      const before = (await dynata.op.getTemplates({ params: market })).data?.data.length;
      await dynata.op.deleteTemplate({ params: { path: { id } } });
      const after = (await dynata.op.getTemplates({ params: market })).data?.data.length;
      if (after !== 0) throw new Error(`template ${id} is still listed`);
      return `template ${id} listed (${before}), updated and deleted (${after} left)`;
    });
    await log.step("password: limit/offset iterators over countries and attributes", async () => {
      let countries = 0;
      for await (const _ of paginateCountries(dynata, {}, { pageSize: 5 })) countries++;
      let attributes = 0;
      for await (const _ of paginateAttributes(
        dynata,
        { countryIsoCode: "US", languageIsoCode: "en" },
        {},
        { pageSize: 10 },
      )) {
        attributes++;
      }
      const pages = fake.count({ operationId: "countriesList" });
      return `${countries} countries in ${pages} pages of 5; ${attributes} US/en attributes`;
    });
    await log.step("password: silent refresh across the 30-minute expiry", async () => {
      const before = calls();
      await clock.advance(31 * minute);
      await dynata.GET("/sample/v1/projects/{extProjectId}", { params: { path: project } });
      const { password, refresh } = calls();
      const unauthorized = fake.requests().filter((r) => r.status === 401).length;
      if (refresh !== before.refresh + 1 || password !== before.password) {
        throw new Error(`expected exactly one refresh, saw ${counts()}`);
      }
      if (unauthorized > 0) throw new Error(`${unauthorized} request(s) were refused`);
      return `clock +31 min: refresh ${before.refresh} -> ${refresh}, no new login, no 401`;
    });
    await log.step(
      "password: refresh token expired after 24 h, so the client logs in again",
      async () => {
        const before = calls().password;
        await clock.advance(24 * 60 * minute);
        await dynata.op.projectsList();
        const after = calls().password;
        if (after !== before + 1) throw new Error(`expected one new login, saw ${after - before}`);
        return `clock +24 h: password logins ${before} -> ${after}; ${counts()}`;
      },
    );
    await log.step("password: close the project and download its invoice (PDF)", async () => {
      await dynata.op.projectsClose({ params: { path: project }, body: {} });
      const { data, response } = await dynata.GET("/sample/v1/projects/{extProjectId}/invoices", {
        params: { path: project },
        parseAs: "arrayBuffer",
      });
      const head = new TextDecoder().decode(data?.slice(0, 8));
      return `${response.headers.get("content-type")}, ${data?.byteLength} bytes starting ${head}`;
    });
    await log.step("password: revoke (POST /auth/v1/logout)", async () => {
      await dynata.session.revoke();
      const logout = fake.requests({ path: "/auth/v1/logout" })[0];
      const live = fake.tokens.counts();
      if (logout?.status !== 204 || live.liveAccessTokens + live.activeRefreshTokens > 0) {
        throw new Error(`logout answered ${logout?.status}; live tokens ${JSON.stringify(live)}`);
      }
      return `logout answered 204; no live tokens left; session ${dynata.session.state().status}`;
    });
  } finally {
    await log.step("stop the fake Dynata", async () => {
      await fake.close();
      return `served ${fake.count()} requests; ${counts()}`;
    });
  }
};

// Typed calls: create a project, list it, update it and one line item, then buy, launch and pause.
async function projectRoundTrip(log: TourLog, dynata: DynataClient) {
  await log.step("password: create and list a project", async () => {
    await dynata.op.projectsCreate({
      body: {
        ...project,
        title: "Tour project",
        category: { surveyTopic: ["AUTOMOTIVE"] },
        lineItems: [
          {
            extLineItemId: lineItem.extLineItemId,
            countryISOCode: "US",
            languageISOCode: "en",
            indicativeIncidence: 40,
            daysInField: 10,
            lengthOfInterview: 12,
            targets: [{ count: 200, type: "COMPLETE" }],
          },
        ],
      },
    });
    const { data } = await dynata.op.projectsList();
    if (!data?.data.some((p) => p.extProjectId === project.extProjectId))
      throw new Error("project not listed");
    return `created ${project.extProjectId}; ${data.meta?.total} project(s) listed`;
  });
  await log.step("password: update the project and its line item (POST)", async () => {
    const { data: p } = await dynata.op.projectsUpdate({
      params: { path: project },
      body: { title: "Tour project, v2" },
    });
    const { data: li } = await dynata.op.lineItemsUpdate({
      params: { path: lineItem },
      body: { lengthOfInterview: 15 },
    });
    return `title "${p?.data.title}"; LOI ${li?.data.lengthOfInterview} min, ${li?.data.costPerInterview} USD per complete`;
  });
  await log.step("password: buy, launch and pause the line item", async () => {
    const { data: bought } = await dynata.op.projectsBuy({
      params: { path: project },
      body: [
        {
          extLineItemId: lineItem.extLineItemId,
          surveyURL: "https://survey.example/s",
          surveyTestURL: "https://survey.example/t",
        },
      ],
    });
    const { data: launched } = await dynata.op.lineItemsLaunch({
      params: { path: lineItem },
      body: {},
    });
    const { data: paused } = await dynata.op.lineItemsPause({
      params: { path: lineItem },
      body: {},
    });
    return `${bought?.data[0]?.state} -> ${launched?.data.state} -> ${paused?.data.state}`;
  });
}
