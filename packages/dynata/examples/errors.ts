import { ApiError, createDynataClient, dynataAuth, OAuthError } from "@provider-clients/dynata";

const dynata = createDynataClient({
  baseUrl: process.env.DYNATA_BASE_URL,
  auth: dynataAuth.password({
    username: process.env.DYNATA_USERNAME ?? "",
    password: () => process.env.DYNATA_PASSWORD ?? "",
  }),
  throwOnError: true,
});

try {
  await dynata.GET("/sample/v1/projects/{extProjectId}", {
    params: { path: { extProjectId: "no-such-project" } },
  });
} catch (error) {
  if (error instanceof ApiError) {
    // `body` is Dynata's error document; quote `requestId` to Dynata support.
    console.log(`HTTP ${error.status}, request id ${error.requestId}`);
  } else if (error instanceof OAuthError) {
    console.log(`login refused: ${error.error}`);
  } else {
    throw error;
  }
}
