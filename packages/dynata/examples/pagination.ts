import {
  createDynataClient,
  dynataAuth,
  paginateAttributes,
  paginateCountries,
} from "@provider-clients/dynata";

const dynata = createDynataClient({
  baseUrl: process.env.DYNATA_BASE_URL,
  auth: dynataAuth.password({
    username: process.env.DYNATA_USERNAME ?? "",
    password: () => process.env.DYNATA_PASSWORD ?? "",
  }),
});

// Each iterator asks for `limit`/`offset` pages until `meta` says there are no more.
let markets = 0;
for await (const country of paginateCountries(dynata, {}, { pageSize: 5 })) {
  markets += country.supportedLanguages?.length ?? 0;
}
console.log(`${markets} markets`);

const premium = paginateAttributes(
  dynata,
  { countryIsoCode: "US", languageIsoCode: "en" },
  { tier: "PREMIUM" },
);
for await (const attribute of premium) console.log(`${attribute.id} ${attribute.name}`);
