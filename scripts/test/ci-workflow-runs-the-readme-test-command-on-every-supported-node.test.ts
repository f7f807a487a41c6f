// ci.yml runs the README's test command on Node 20 and every Node .ci/run also tests, with the
// browser suite's chromium and redis from apt, and the repository checks once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "./helpers-upstream.js";
import { expr, jobs, steps, workflow } from "./helpers-workflows.js";

type Json = Record<string, unknown>;

const ci = workflow("ci.yml");
const runs = (job: Json) =>
  steps(job)
    .map((s) => s.run)
    .filter((r) => typeof r === "string");
const rootScripts = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8"))
  .scripts as Record<string, string>;

it("runs on every push to main and every pull request", () => {
  expect(ci.yaml.on).toEqual({ push: { branches: ["main"] }, pull_request: null });
});

it("tests on Node 20 and each Node release .ci/run installs, in a Debian image of that Node", () => {
  const extra = readFileSync(path.join(repoRoot, ".ci/node-versions"), "utf8")
    .split("\n")
    .filter((line) => /^\d/.test(line))
    .map((version) => version.split(".")[0]);
  const test = jobs(ci).test!;
  const matrix = (test.strategy as Json).matrix as Json;
  expect([...(matrix.node as string[])].sort()).toEqual(["20", ...extra].sort());
  expect(test.container).toBe(`node:${expr("matrix.node")}-bookworm`);
});

it("runs the README's test command, with redis-server and chromium from apt", () => {
  const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const quickStart = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  expect(quickStart.split("\n")).toContain("pnpm test");
  const test = jobs(ci).test!;
  expect(runs(test)).toContain("pnpm test");
  const prepare = steps(test).find((s) => s.uses === "./.github/actions/prepare")!;
  expect(
    String((prepare.with as Json)["apt-packages"])
      .split(" ")
      .sort(),
  ).toEqual(["chromium", "redis-server"]);
});

it("runs lint, check:generated and the benchmark budgets once, each a real root script", () => {
  const commands = runs(jobs(ci).checks!);
  expect(commands).toEqual(["pnpm lint", "pnpm check:generated", "pnpm bench --check"]);
  for (const command of commands) expect(rootScripts[command.split(" ")[1]!]).toBeDefined();
});

it("restores the pnpm store and the turbo cache, the latter per Node release", () => {
  const prepare = readFileSync(path.join(repoRoot, ".github/actions/prepare/action.yml"), "utf8");
  expect(prepare).toContain(`path: ${expr("env.PNPM_STORE")}`);
  expect(prepare).toContain(
    `key: pnpm-store-${expr("runner.os")}-${expr("hashFiles('pnpm-lock.yaml')")}`,
  );
  expect(prepare).toContain("path: .turbo/cache");
  expect(prepare).toContain(
    `key: turbo-${expr("runner.os")}-${expr("env.node")}-${expr("github.sha")}`,
  );
});

it("points the tests at the vendor documents and recorded answers through variables turbo passes on", () => {
  const env = ci.yaml.env as Record<string, string>;
  const turbo = JSON.parse(readFileSync(path.join(repoRoot, "turbo.json"), "utf8"));
  const passed = turbo.tasks.test.passThroughEnv as string[];
  for (const name of ["UPSTREAM_SPECS_DIR", "RECORDED_ANSWERS_DIR"]) {
    expect(env[name]).toMatch(/\/\.cache\/shared\/(upstream-specs|recorded)$/);
    expect(passed).toContain(name);
  }
});
