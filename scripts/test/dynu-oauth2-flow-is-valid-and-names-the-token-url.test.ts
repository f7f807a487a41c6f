import { expect, it } from "vitest";
import { DYNU_TOKEN_URL, repairOAuth2Flow } from "../../specs/dynu/adopt-fixes.js";
import { dig, docWith } from "./helpers-adopt.js";

it("Dynu oauth2 client-credentials flow loses authorizationUrl, gains scopes and the absolute token URL", () => {
  const doc = docWith(
    {},
    {
      securitySchemes: {
        oauth2: {
          type: "oauth2",
          flows: {
            clientCredentials: {
              authorizationUrl: "/v2/oauth2/token",
              tokenUrl: "/v2/oauth2/token",
              refreshUrl: "/v2/oauth2/token",
            },
          },
        },
      },
    },
  );
  expect(repairOAuth2Flow.apply(doc)).toEqual([
    "/components/securitySchemes/oauth2/flows/clientCredentials",
  ]);
  expect(DYNU_TOKEN_URL).toBe("https://api.dynu.com/v2/oauth2/token");
  expect(dig(doc.components, "securitySchemes", "oauth2", "flows", "clientCredentials")).toEqual({
    tokenUrl: DYNU_TOKEN_URL,
    refreshUrl: DYNU_TOKEN_URL,
    scopes: {},
  });
  expect(repairOAuth2Flow.apply(doc)).toEqual([]);
});
