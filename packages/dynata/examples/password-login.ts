import { createDynataClient, dynataAuth } from "@provider-clients/dynata";

// Log in with a Dynata user; leave DYNATA_BASE_URL unset for https://api.dynata.com.
const dynata = createDynataClient({
  baseUrl: process.env.DYNATA_BASE_URL,
  auth: dynataAuth.password({
    username: process.env.DYNATA_USERNAME ?? "",
    password: () => process.env.DYNATA_PASSWORD ?? "",
  }),
  throwOnError: true,
});

const { data: created } = await dynata.op.projectsCreate({
  body: {
    extProjectId: "readme-project",
    title: "Commuting habits",
    category: { surveyTopic: ["AUTOMOTIVE"] },
    lineItems: [
      {
        extLineItemId: "us-en",
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
console.log(`created ${created?.data.extProjectId} in state ${created?.data.state}`);

// Updates are POSTs to the resource itself.
const path = { extProjectId: "readme-project" };
await dynata.POST("/sample/v1/projects/{extProjectId}", {
  params: { path },
  body: { title: "Commuting, 2025" },
});

const { data: quote } = await dynata.GET("/sample/v1/projects/{extProjectId}/feasibility", {
  params: { path },
});
for (const line of quote?.data ?? []) {
  console.log(
    `${line.extLineItemId}: ${line.quote?.costPerUnit} ${line.quote?.currency} per complete`,
  );
}

await dynata.POST("/sample/v1/projects/{extProjectId}/close", { params: { path } });
// Ends the server-side session (POST /auth/v1/logout) and forgets the tokens.
await dynata.session.revoke();
