// `pnpm specs:watch` in a temporary copy of the repository, against local mirrors of the vendors:
// unchanged -> nothing written, exit 0; malformed -> exit 1, a clear message, no files;
// changed (served on 127.0.0.1) -> branch, title, labels and a body opening with bump and breaking changes.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adoptedProvider } from "../src/specs/adopt/index.js";
import { newMirror, putInMirror, serveMirror } from "./helpers-mirror.js";
import { upstreamDirOrWarn } from "./helpers-upstream.js";
import { cloneDocument, removeEnumValue, setVersion } from "./helpers-vendor-edits.js";
import {
  changesetFiles,
  copyWorkspace,
  removeWorkspace,
  run,
  runScript,
  snapshotProvider,
} from "./helpers-workspace-copy.js";

const upstream = upstreamDirOrWarn();
const SLOW = 150_000;

describe("specs:watch in a repository copy", () => {
  if (!upstream) {
    it("needs ../shared/upstream-specs (or UPSTREAM_SPECS_DIR) for the vendor documents", () => {
      expect(process.env.CI, "upstream specs missing under CI").not.toBe("true");
    });
    return;
  }
  let root: string;
  const vendorText = (provider: string) =>
    readFile(path.join(upstream, adoptedProvider(provider).vendorFile), "utf8");
  const watch = (...args: string[]) => runScript(root, "scripts/src/specs/watch-cli.ts", args);
  const freshOut = async () => path.join(await mkdtemp(path.join(root, ".test-out-")), "out");

  beforeAll(async () => {
    root = await copyWorkspace("pc-specs-watch-");
  }, SLOW);
  afterAll(() => removeWorkspace(root));

  it(
    "unchanged vendor documents: exit 0 and no pull request files, even where an old run left some",
    async () => {
      const mirror = await newMirror(path.join(root, ".test-mirrors"));
      await putInMirror(mirror, "adguard-dns", "openapi.json", await vendorText("adguard-dns"));
      await putInMirror(mirror, "dnsimple", "openapi.yml", await vendorText("dnsimple"));
      const out = await freshOut();
      const stale = await run("mkdir", ["-p", path.join(out, "adguard-dns")], root);
      expect(stale.code).toBe(0);

      const result = await watch("--root", root, "--from", mirror, "--out", out);

      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^adguard-dns: unchanged \(/m);
      expect(result.stdout).toMatch(/^dnsimple: unchanged \(/m);
      expect(result.stdout).toMatch(/^dynu: skipped \(hand-written spec/m);
      expect(await readdir(out)).toEqual([]);
    },
    SLOW,
  );

  it(
    "--from naming the provider's document file (not a mirror base): read as it is, unchanged, exit 0",
    async () => {
      const dir = await mkdtemp(path.join(root, ".test-documents-"));
      const file = path.join(dir, "vendor-download.json");
      await writeFile(file, await vendorText("adguard-dns"));
      const out = await freshOut();

      const result = await watch("--provider", "adguard-dns", "--from", file, "--out", out);

      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^adguard-dns: unchanged \(/m);
      expect(existsSync(out)).toBe(false);
    },
    SLOW,
  );

  it(
    "a malformed document fails with exit 1 naming the provider and the problem, and writes no files",
    async () => {
      const mirror = await newMirror(path.join(root, ".test-mirrors"));
      await putInMirror(mirror, "adguard-dns", "openapi.json", '{"openapi": "3.0.3", "paths": {');
      const out = await freshOut();
      const before = await snapshotProvider(root, "adguard-dns");
      const changesets = await changesetFiles(root);

      const result = await watch("--provider", "adguard-dns", "--from", mirror, "--out", out);

      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^adguard-dns: watch failed, no pull request files written: .*JSON/m,
      );
      expect(existsSync(out)).toBe(false);
      expect(await snapshotProvider(root, "adguard-dns")).toEqual(before);
      expect(await changesetFiles(root)).toEqual(changesets);
    },
    SLOW,
  );

  it(
    "a changed AdGuard DNS document served over HTTP: the files of a breaking pull request",
    async () => {
      const adguard = JSON.parse(await vendorText("adguard-dns")) as Record<string, unknown>;
      const changed = removeEnumValue(
        setVersion(cloneDocument(adguard), "1.16-watch"),
        "BlockingMode",
        "CUSTOM_IP",
      );
      const mirror = await newMirror(path.join(root, ".test-mirrors"));
      await putInMirror(mirror, "adguard-dns", "openapi.json", JSON.stringify(changed, null, 2));
      const server = await serveMirror(mirror);
      const out = await freshOut();
      try {
        const result = await watch("--provider", "adguard-dns", "--from", server.url, "--out", out);

        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        expect(server.requested).toEqual(["/adguard-dns/openapi.json"]);
      } finally {
        await server.close();
      }
      const dir = path.join(out, "adguard-dns");
      expect((await readdir(dir)).sort()).toEqual(["body.md", "branch", "labels", "title"]);
      expect(await readFile(path.join(dir, "branch"), "utf8")).toBe("spec-watch/adguard-dns\n");
      expect(await readFile(path.join(dir, "labels"), "utf8")).toBe("spec-update\nbreaking\n");
      const title = await readFile(path.join(dir, "title"), "utf8");
      expect(title).toMatch(/^adguard-dns: vendor API spec update \(.+ → 1\.16-watch\), major\n$/);
      const lines = (await readFile(path.join(dir, "body.md"), "utf8")).split("\n");
      expect(lines[0]).toMatch(/^\*\*Bump: major\*\* \(`@provider-clients\/adguard-dns`; /);
      // One entry for the shared schema, with the diff's advice right under it.
      expect(lines[2]).toBe("**Breaking (1):**");
      expect(lines[3]).toMatch(
        /^- `GET \/oapi\/v1\/dns_servers responses\/200\/\S+\/blocking_mode` \(and 5 more operations\): enum value "CUSTOM_IP" removed$/,
      );
      expect(lines[4]).toMatch(/^ {2}- Advice: `BlockingMode` no longer takes "CUSTOM_IP": \S.+$/);
      expect(lines[5]).toBe("");
      // The changeset the pull request carries is the one the update wrote.
      expect(await changesetFiles(root)).toContain("adguard-dns-api-1.16-watch.md");
      expect(lines).toContain(
        "- `.changeset/adguard-dns-api-1.16-watch.md`: the changeset (major)",
      );
    },
    SLOW,
  );
});
