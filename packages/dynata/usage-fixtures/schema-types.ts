// A user names response types by their schema, as shared helpers in applications do.
import type { components } from "../src/index.js";

type Project = components["schemas"]["Project"];
type Country = components["schemas"]["Country"];

/** One line per project for a status page. */
export function describeProject(project: Project): string {
  return `${project.extProjectId}: ${project.title} (${project.state})`;
}

/** ISO codes of the countries that support `language`. */
export function countriesSpeaking(countries: Country[], language: string): string[] {
  return countries
    .filter((country) => (country.supportedLanguages ?? []).some((l) => l.isoCode === language))
    .map((country) => country.isoCode);
}
