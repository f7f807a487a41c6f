// The whole `specs:update` flow in a temporary copy of the repository, one case after another:
// unchanged -> nothing; invalid or client-breaking -> exit 1 and everything kept; additive -> minor;
// a change only a usage fixture notices -> major naming the fixture.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptedProvider } from "../src/specs/adopt/index.js";
import { updateProvider } from "../src/specs/update/update-provider.js";
import { newMirror, putInMirror, serveMirror } from "./helpers-mirror.js";
import { upstreamDirOrWarn } from "./helpers-upstream.js";
import {
  addGetOperation,
  addOptionalQueryParameter,
  cloneDocument,
  removePath,
  renameSchema,
  setVersion,
} from "./helpers-vendor-edits.js";
import {
  changesetFiles,
  copyWorkspace,
  removeWorkspace,
  runScript,
  snapshotProvider,
} from "./helpers-workspace-copy.js";

const upstream = upstreamDirOrWarn();
const SLOW = 150_000;

describe("specs:update in a repository copy", () => {
  if (!upstream) {
    it("needs ../shared/upstream-specs (or UPSTREAM_SPECS_DIR) for the vendor documents", () => {
      // upstreamDirOrWarn already printed the warning (and threw on CI).
      expect(process.env.CI, "upstream specs missing under CI").not.toBe("true");
    });
    return;
  }
  const vendorFile = (provider: string) =>
    path.join(upstream, adoptedProvider(provider).vendorFile);
  let root: string;
  let adguard: Record<string, unknown>;
  let minorDoc: Record<string, unknown>;

  const cli = (...args: string[]) => runScript(root, "scripts/src/specs/update-cli.ts", args);
  const update = (from: string) =>
    updateProvider("adguard-dns", {
      root,
      from,
      timeoutMs: 10_000,
      maxBytes: 20 * 1024 * 1024,
      today: new Date("2030-01-02T12:00:00Z"),
      log: () => {},
    });
  const mirrorWithAdGuard = async (doc: Record<string, unknown>) => {
    const mirror = await newMirror(path.join(root, ".test-mirrors"));
    await putInMirror(mirror, "adguard-dns", "openapi.json", JSON.stringify(doc, null, 2));
    return mirror;
  };

  beforeAll(async () => {
    root = await copyWorkspace("pc-specs-update-");
    adguard = JSON.parse(await readFile(vendorFile("adguard-dns"), "utf8")) as Record<
      string,
      unknown
    >;
  }, SLOW);
  afterAll(() => removeWorkspace(root));

  it(
    "unchanged vendor documents end in 'unchanged', exit 0, no changeset and byte-identical specs",
    async () => {
      const mirror = await newMirror(path.join(root, ".test-mirrors"));
      await putInMirror(
        mirror,
        "adguard-dns",
        "openapi.json",
        await readFile(vendorFile("adguard-dns"), "utf8"),
      );
      await putInMirror(
        mirror,
        "dnsimple",
        "openapi.yml",
        await readFile(vendorFile("dnsimple"), "utf8"),
      );
      const before = [
        await snapshotProvider(root, "adguard-dns"),
        await snapshotProvider(root, "dnsimple"),
      ];
      const changesets = await changesetFiles(root);

      const result = await cli("--root", root, "--from", mirror);

      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^adguard-dns: unchanged \(/m);
      expect(result.stdout).toMatch(/^dnsimple: unchanged \(/m);
      expect(result.stdout).toMatch(/^dynu: skipped \(hand-written spec/m);
      expect(await changesetFiles(root)).toEqual(changesets);
      expect(await snapshotProvider(root, "adguard-dns")).toEqual(before[0]);
      expect(await snapshotProvider(root, "dnsimple")).toEqual(before[1]);
    },
    SLOW,
  );

  it(
    "an HTML page instead of a document fails with exit 1 and writes nothing",
    async () => {
      const mirror = await newMirror(path.join(root, ".test-mirrors"));
      await putInMirror(
        mirror,
        "adguard-dns",
        "openapi.json",
        "<!doctype html><html><body>Moved</body></html>",
      );
      const before = await snapshotProvider(root, "adguard-dns");
      const changesets = await changesetFiles(root);

      const result = await cli("--provider", "adguard-dns", "--from", mirror);

      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^adguard-dns: update failed: .*HTML/im);
      expect(await snapshotProvider(root, "adguard-dns")).toEqual(before);
      expect(await changesetFiles(root)).toEqual(changesets);
    },
    SLOW,
  );

  it(
    "a document that breaks the package's own code fails with exit 1 and restores spec and client",
    async () => {
      // The package's query-log pagination is typed by this path, so dropping it breaks the build.
      const mirror = await mirrorWithAdGuard(
        removePath(cloneDocument(adguard), "/oapi/v1/query_log"),
      );
      const before = await snapshotProvider(root, "adguard-dns");
      const changesets = await changesetFiles(root);

      const result = await cli("--provider", "adguard-dns", "--from", mirror);

      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /adguard-dns: update failed: packages\/adguard-dns no longer type-checks/,
      );
      expect(result.stderr).toContain("previous spec and client restored");
      expect(await snapshotProvider(root, "adguard-dns")).toEqual(before);
      expect(await changesetFiles(root)).toEqual(changesets);
    },
    SLOW,
  );

  it(
    "an added operation and optional parameter, served over HTTP, regenerate the client and write a minor changeset",
    async () => {
      minorDoc = setVersion(cloneDocument(adguard), "1.16-test");
      addOptionalQueryParameter(minorDoc, "/oapi/v1/devices", "get", "name_filter");
      addGetOperation(minorDoc, "/oapi/v1/account/usage", "getAccountUsage", "queries");
      const server = await serveMirror(await mirrorWithAdGuard(minorDoc));
      try {
        const outcome = await update(server.url);

        expect(server.requested).toEqual(["/adguard-dns/openapi.json"]);
        expect(outcome).toMatchObject({ status: "updated", bump: "minor" });
        if (outcome.status !== "updated") return;
        expect(outcome.changeset).toBe(
          path.join(root, ".changeset", "adguard-dns-api-1.16-test.md"),
        );
        const changeset = await readFile(outcome.changeset!, "utf8");
        expect(changeset.startsWith('---\n"@provider-clients/adguard-dns": minor\n---\n')).toBe(
          true,
        );
        expect(changeset).toContain("**Added**");
        expect(changeset).toContain(
          "GET /oapi/v1/account/usage added (`GET /oapi/v1/account/usage`)",
        );
        expect(changeset).toMatch(
          /- `query parameter name_filter`: .*name_filter added \(`GET \/oapi\/v1\/devices`\)/,
        );
        const spec = await readFile(path.join(root, "specs/adguard-dns/openapi.yaml"), "utf8");
        expect(spec).toContain("/oapi/v1/account/usage:");
        expect(spec).toContain("name: name_filter");
        const generated = path.join(root, "packages/adguard-dns/src/generated");
        expect(await readFile(path.join(generated, "operations.ts"), "utf8")).toContain(
          'getAccountUsage: { method: "get", path: "/oapi/v1/account/usage"',
        );
        expect(await readFile(path.join(generated, "openapi.ts"), "utf8")).toContain(
          "name_filter?: string;",
        );
      } finally {
        await server.close();
      }
    },
    SLOW,
  );

  it(
    "a schema rename the diff rates harmless breaks a usage fixture, so the bump is major and names the fixture",
    async () => {
      // Users import schema types by name; the comparator follows $refs and sees the same API.
      const mirror = await mirrorWithAdGuard(
        renameSchema(minorDoc, "FilterList", "FilterListInfo"),
      );

      const outcome = await update(mirror);

      expect(outcome).toMatchObject({ status: "updated", bump: "major" });
      if (outcome.status !== "updated") return;
      expect(["none", "patch"]).toContain(outcome.result.bump);
      // Same info.version as before, so the file is named by the date.
      expect(outcome.changeset).toBe(
        path.join(root, ".changeset", "adguard-dns-api-2030-01-02.md"),
      );
      const changeset = await readFile(outcome.changeset!, "utf8");
      expect(changeset.startsWith('---\n"@provider-clients/adguard-dns": major\n---\n')).toBe(true);
      expect(changeset).toMatch(
        /Usage fixture `packages\/adguard-dns\/usage-fixtures\/schema-types\.ts` no longer compiles: TS2339/,
      );
      expect(changeset).not.toContain("calls-by-path.ts");
      // A major update is still adopted: the new spec and client stay for review.
      const spec = await readFile(path.join(root, "specs/adguard-dns/openapi.yaml"), "utf8");
      expect(spec).toContain("FilterListInfo:");
      expect(existsSync(path.join(root, "packages/adguard-dns/dist/index.d.ts"))).toBe(true);
    },
    SLOW,
  );
});
