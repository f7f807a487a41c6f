// Reference data the fake serves: a handful of markets and a generated attribute catalogue.
import type { components } from "../generated/index.js";

type Country = components["schemas"]["Country"];
type Attribute = components["schemas"]["Attribute"];

// [isoCode, name, languages]; enough markets for several pages of countries.
const markets: [string, string, [string, string][]][] = [
  [
    "US",
    "United States",
    [
      ["en", "English"],
      ["es", "Spanish"],
    ],
  ],
  ["GB", "United Kingdom", [["en", "English"]]],
  ["DE", "Germany", [["de", "German"]]],
  ["FR", "France", [["fr", "French"]]],
  [
    "CA",
    "Canada",
    [
      ["en", "English"],
      ["fr", "French"],
    ],
  ],
  ["AU", "Australia", [["en", "English"]]],
  ["JP", "Japan", [["ja", "Japanese"]]],
  ["BR", "Brazil", [["pt", "Portuguese"]]],
  ["ES", "Spain", [["es", "Spanish"]]],
  ["IT", "Italy", [["it", "Italian"]]],
  ["NL", "Netherlands", [["nl", "Dutch"]]],
  ["MX", "Mexico", [["es", "Spanish"]]],
  [
    "IN",
    "India",
    [
      ["en", "English"],
      ["hi", "Hindi"],
    ],
  ],
];

/** The countries the fake knows, with their languages. */
export function seedCountries(): Country[] {
  return markets.map(([isoCode, countryName, languages], i) => ({
    id: String(i + 1),
    isoCode,
    countryName,
    supportedLanguages: languages.map(([code, name], j) => ({
      id: `${i + 1}-${j + 1}`,
      isoCode: code,
      languageName: name,
    })),
  }));
}

// [name, text, category, tier, options]; the catalogue is the same in every market.
const catalogue: [string, string, string, string, string[]][] = [
  ["GENDER", "Gender", "Demographics", "BASE", ["Male", "Female", "Other"]],
  ["AGE", "Age band", "Demographics", "BASE", ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]],
  ["REGION", "Region of residence", "Geography", "BASE", ["North", "South", "East", "West"]],
  ["URBANICITY", "Urban or rural", "Geography", "BASE", ["Urban", "Suburban", "Rural"]],
  ["INCOME", "Household income band", "Household", "BASE", ["Low", "Middle", "High"]],
  ["HOUSEHOLD_SIZE", "People in household", "Household", "BASE", ["1", "2", "3", "4", "5+"]],
  ["CHILDREN", "Children in household", "Household", "BASE", ["None", "One", "Two or more"]],
  ["EDUCATION", "Highest education", "Demographics", "BASE", ["School", "College", "University"]],
  [
    "EMPLOYMENT",
    "Employment status",
    "Work",
    "BASE",
    ["Employed", "Self-employed", "Student", "Retired", "Other"],
  ],
  [
    "INDUSTRY",
    "Industry of employment",
    "Work",
    "PREMIUM",
    ["Retail", "Finance", "Health", "Technology", "Other"],
  ],
  ["JOB_ROLE", "Role at work", "Work", "PREMIUM", ["Staff", "Manager", "Director", "Executive"]],
  ["COMPANY_SIZE", "Employer size", "Work", "PREMIUM", ["1-9", "10-99", "100-999", "1000+"]],
  ["CAR_OWNER", "Owns a car", "Automotive", "BASE", ["Yes", "No"]],
  [
    "CAR_PURCHASE",
    "Plans to buy a car",
    "Automotive",
    "PREMIUM",
    ["Within 6 months", "Within a year", "No plans"],
  ],
  ["PETS", "Pets at home", "Lifestyle", "BASE", ["Dog", "Cat", "Other", "None"]],
  ["SPORTS", "Plays sport weekly", "Lifestyle", "BASE", ["Yes", "No"]],
  ["TRAVEL", "Trips abroad per year", "Lifestyle", "BASE", ["None", "One", "Two or more"]],
  ["SMOKER", "Smokes", "Health", "PREMIUM", ["Yes", "No"]],
  ["DIET", "Follows a diet", "Health", "PREMIUM", ["Vegetarian", "Vegan", "None"]],
  ["GAMING", "Plays video games", "Media", "BASE", ["Daily", "Weekly", "Rarely", "Never"]],
  ["STREAMING", "Streaming subscriptions", "Media", "BASE", ["None", "One", "Several"]],
  ["SMARTPHONE", "Smartphone platform", "Technology", "BASE", ["Android", "iOS", "Other"]],
  ["BANKING", "Banks online", "Finance", "BASE", ["Yes", "No"]],
  ["INVESTOR", "Holds investments", "Finance", "PREMIUM", ["Yes", "No"]],
  ["VOTER", "Voted in the last election", "Civic", "PREMIUM", ["Yes", "No"]],
];

/** The attributes of a market and language (the same catalogue in every market). */
export function seedAttributes(): Attribute[] {
  return catalogue.map(([name, text, category, tier, options], i) => ({
    id: String(100 + i),
    name,
    text,
    localizedText: null,
    type: "LIST",
    format: null,
    state: i === catalogue.length - 1 ? "DEPRECATED" : "ACTIVE",
    tier,
    isAllowedInFilters: true,
    isAllowedInQuotas: tier === "BASE",
    category: {
      mainCategory: { id: category.toUpperCase(), text: category, localizedText: null },
      subCategory: {
        id: `${category.toUpperCase()}_GENERAL`,
        text: `${category}, general`,
        localizedText: null,
      },
    },
    options: options.map((option, j) => ({ id: String(j + 1), text: option, localizedText: null })),
    exclusions: [],
  }));
}
