// Reference data the fake serves: a handful of markets and one attribute catalogue shared by all of them.
import type { ResourceStore } from "@provider-clients/auth/testing";

// [isoCode, name, "language codes and names"]; enough markets for several pages of countries.
const markets = [
  ["US", "United States", "en English, es Spanish"],
  ["GB", "United Kingdom", "en English"],
  ["DE", "Germany", "de German"],
  ["FR", "France", "fr French"],
  ["CA", "Canada", "en English, fr French"],
  ["AU", "Australia", "en English"],
  ["JP", "Japan", "ja Japanese"],
  ["BR", "Brazil", "pt Portuguese"],
  ["ES", "Spain", "es Spanish"],
  ["IT", "Italy", "it Italian"],
  ["NL", "Netherlands", "nl Dutch"],
  ["MX", "Mexico", "es Spanish"],
  ["IN", "India", "en English, hi Hindi"],
] as const;

// [name, text, category, tier, "options"]; the last one is deprecated.
const catalogue = [
  ["GENDER", "Gender", "Demographics", "BASE", "Male|Female|Other"],
  ["AGE", "Age band", "Demographics", "BASE", "18-24|25-34|35-44|45-54|55-64|65+"],
  ["REGION", "Region of residence", "Geography", "BASE", "North|South|East|West"],
  ["INCOME", "Household income band", "Household", "BASE", "Low|Middle|High"],
  ["CHILDREN", "Children in household", "Household", "BASE", "None|One|Two or more"],
  ["EMPLOYMENT", "Employment status", "Work", "BASE", "Employed|Self-employed|Student|Retired"],
  ["INDUSTRY", "Industry of employment", "Work", "PREMIUM", "Retail|Finance|Health|Technology"],
  ["JOB_ROLE", "Role at work", "Work", "PREMIUM", "Staff|Manager|Director|Executive"],
  ["CAR_PURCHASE", "Plans to buy a car", "Automotive", "PREMIUM", "Within 6 months|Later|No"],
  ["SMOKER", "Smokes", "Health", "PREMIUM", "Yes|No"],
  ["STREAMING", "Streaming subscriptions", "Media", "BASE", "None|One|Several"],
  ["VOTER", "Voted in the last election", "Civic", "PREMIUM", "Yes|No"],
] as const;

const textOf = (id: string, text: string) => ({ id, text, localizedText: null });

/** Puts the countries and the attribute catalogue into a new fake's store. */
export function seedReferenceData(store: ResourceStore): void {
  markets.forEach(([isoCode, countryName, languages], i) => {
    const supportedLanguages = languages.split(", ").map((entry, j) => {
      const [code, languageName] = entry.split(" ");
      return { id: `${i + 1}-${j + 1}`, isoCode: code, languageName };
    });
    store.create("countries", { id: String(i + 1), isoCode, countryName, supportedLanguages });
  });
  catalogue.forEach(([name, text, category, tier, options], i) => {
    const main = category.toUpperCase();
    store.create("attributes", {
      ...{ id: String(100 + i), name, text, localizedText: null, type: "LIST", format: null },
      state: i === catalogue.length - 1 ? "DEPRECATED" : "ACTIVE",
      ...{ tier, isAllowedInFilters: true, isAllowedInQuotas: tier === "BASE", exclusions: [] },
      category: {
        mainCategory: textOf(main, category),
        subCategory: textOf(`${main}_GENERAL`, `${category}, general`),
      },
      options: options.split("|").map((option, j) => textOf(String(j + 1), option)),
    });
  });
}
