// Which program the release suite installs for each provider, checked without packing or installing anything.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ProviderEntry, registry, suiteFile } from "@provider-clients/scripts/providers";
import { expect, it } from "vitest";
import { defaultConsumer } from "../src/default-consumer.js";
import { releaseConsumer } from "../src/release-consumer.js";

const withFakeSecrets = registry.find((entry) => entry.exports.fakeCredentials !== undefined)!;
/** A provider nobody wrote a release consumer for, with only a managed credential. */
const managedOnly: ProviderEntry = {
  ...withFakeSecrets,
  name: "not-a-provider",
  title: "Not A Provider",
  package: "@provider-clients/not-a-provider",
  exports: { client: "createX", auth: "xAuth", fakeServer: "startFakeX" },
  credentials: withFakeSecrets.credentials.filter((credential) => credential.kind === "managed"),
};

it.each(registry.map((entry) => [entry.name, entry] as const))(
  "%s: its own suites/release.ts, else the registry default",
  async (_, entry) => {
    const consumer = await releaseConsumer(entry);
    expect(consumer.origin).toBe(
      suiteFile(entry, "release")
        ? `packages/${entry.name}/suites/release.ts`
        : "the registry default",
    );
    expect(consumer.source).toContain(`from "${entry.package}"`);
  },
);

it("the default authenticates with the first static credential's fake secret and probes with it", () => {
  const source = defaultConsumer(withFakeSecrets)!;
  const { client, auth, fakeCredentials, fakeServer } = withFakeSecrets.exports;
  const builder = withFakeSecrets.credentials.find(
    (credential) => credential.kind === "static",
  )!.builder;
  expect(source).toContain(
    `import { ApiError, ${client}, ${auth} } from "${withFakeSecrets.package}";`,
  );
  expect(source).toContain(
    `import { ${fakeCredentials}, ${fakeServer} } from "${withFakeSecrets.package}/testing";`,
  );
  expect(source).toContain(`${auth}.${builder}(${fakeCredentials}.${builder})`);
  expect(source).toContain(`await client.op.${withFakeSecrets.probe}()`);
  expect(source).toContain(`${auth}.${builder}(wrongSecret)`);
});

it("a provider with neither its own file nor a fake static secret fails naming packages/<name>/suites/release.ts", async () => {
  expect(defaultConsumer(managedOnly)).toBeUndefined();
  expect(defaultConsumer({ ...withFakeSecrets, exports: managedOnly.exports })).toBeUndefined();
  await expect(releaseConsumer(managedOnly)).rejects.toThrow(
    "has no packages/not-a-provider/suites/release.ts",
  );
});

it("an own release consumer that imports another package is refused: it is installed alone", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "pc-release-consumer-"));
  const dir = path.join(root, "packages", managedOnly.name, "suites");
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, "release.ts"),
    `import { readFile } from "node:fs/promises";\nimport { createX } from "${managedOnly.package}";\nimport { ApiError } from "@provider-clients/auth";\nconsole.log(readFile, createX, ApiError);\n`,
  );
  await expect(releaseConsumer(managedOnly, root)).rejects.toThrow(
    "packages/not-a-provider/suites/release.ts imports @provider-clients/auth",
  );
});
