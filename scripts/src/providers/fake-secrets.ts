// Which static credentials a registry default can authenticate with: those whose test secret the package's `/testing` record holds.
import type { CredentialDeclaration, ProviderEntry } from "./registry.js";

/** A static credential and the fake's secret for it. */
export interface FakeSecret {
  credential: CredentialDeclaration;
  secret: string;
}

/**
 * The entry's static credentials, in declared order, that have a string secret in the `/testing`
 * record `exports.fakeCredentials` of `testing` (the loaded `<package>/testing` module); when there
 * is none, a sentence saying why, for an error that names the suite file to write instead.
 */
export function fakeSecrets(
  entry: ProviderEntry,
  testing: Readonly<Record<string, unknown>>,
): FakeSecret[] | string {
  const statics = entry.credentials.filter((credential) => credential.kind === "static");
  if (statics.length === 0) return "no static credential is declared";
  const name = entry.exports.fakeCredentials;
  if (name === undefined) return `specs/${entry.name}/source.json names no exports.fakeCredentials`;
  const record = testing[name];
  if (typeof record !== "object" || record === null)
    return `${entry.package}/testing exports no object "${name}"`;
  const found = statics.flatMap((credential) => {
    const secret = (record as Record<string, unknown>)[credential.builder];
    return typeof secret === "string" ? [{ credential, secret }] : [];
  });
  return found.length > 0
    ? found
    : `${name} has no secret for ${statics.map((c) => c.builder).join(", ")}`;
}
