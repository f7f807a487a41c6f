// A user lists projects and countries by path and reads the fields they print.
import { createDynataClient, dynataAuth } from "../src/index.js";

const dynata = createDynataClient({
  auth: dynataAuth.password({ username: "fixture-user", password: () => "fixture" }),
});

const { data: projects, error } = await dynata.GET("/sample/v1/projects");
if (error) throw new Error("listing projects failed");
for (const project of projects.data) {
  console.log(project.extProjectId, project.title, project.state, project.createdAt);
}

const { data: countries } = await dynata.GET("/sample/v1/countries");
for (const country of countries?.data ?? []) {
  const languages = (country.supportedLanguages ?? []).length;
  console.log(country.isoCode, country.countryName, languages);
}
