// The consumer a provider without `packages/<name>/suites/release.ts` gets, rendered from its registry entry.
import { exampleCredential, type ProviderEntry } from "@provider-clients/scripts/providers";
import { releaseOkLine } from "@provider-clients/scripts/suites/release";

/** The secret the refused call sends: not one any fake accepts, and never to be echoed in an error. */
export const wrongSecret = "release-consumer-wrong-secret-4e1b";

/**
 * A program that starts the package's fake, calls the probe with the first static credential's fake
 * secret (it must succeed), then with a wrong secret (it must throw an ApiError 401 that does not carry
 * the secret). Undefined when the entry declares no static credential or no `exports.fakeCredentials`.
 */
export function defaultConsumer(entry: ProviderEntry): string | undefined {
  const credential = exampleCredential(entry);
  const secrets = entry.exports.fakeCredentials;
  if (!credential || !secrets) return undefined;
  const { client, auth, fakeServer } = entry.exports;
  const { builder } = credential;
  const probe = entry.probe;
  return `// The release suite's default consumer for ${entry.title}, rendered from specs/${entry.name}/source.json.
import { ApiError, ${client}, ${auth} } from "${entry.package}";
import { ${secrets}, ${fakeServer} } from "${entry.package}/testing";

const wrongSecret = ${JSON.stringify(wrongSecret)};
const fake = await ${fakeServer}();
try {
  const client = ${client}({ auth: ${auth}.${builder}(${secrets}.${builder}), baseUrl: fake.url });
  const { error, response } = await client.op.${probe}();
  if (error !== undefined || !response.ok)
    throw new Error(\`${probe} with ${auth}.${builder} answered \${response.status}\`);
  const status: number = response.status;

  const refused = ${client}({
    auth: ${auth}.${builder}(wrongSecret),
    baseUrl: fake.url,
    throwOnError: true,
  });
  const failure: unknown = await refused.op.${probe}().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(failure instanceof ApiError) || failure.status !== 401)
    throw new Error(\`a wrong ${builder} was not refused with an ApiError 401: \${String(failure)}\`);
  const shown = [String(failure), failure.stack ?? "", JSON.stringify(failure), JSON.stringify({ ...failure })];
  if (shown.some((text) => text.includes(wrongSecret)))
    throw new Error("the refused secret shows in the thrown ApiError");

  console.log(\`${releaseOkLine(entry.name)}: ${probe} \${status} with ${builder}, a wrong one refused with \${failure.status}\`);
} finally {
  await fake.close();
}
`;
}
