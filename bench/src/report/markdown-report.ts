// Turns the results into the Markdown printed on stdout: one table per measurement.
import type { BenchResults } from "../results.js";
import { markdownTable } from "./markdown-table.js";

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => n.toFixed(n < 10 ? 3 : 1);
const x = (n: number) => `${n.toFixed(3)}x`;
const s = (n: number) => `${n.toFixed(2)} s`;
const bytes = (n: number) => `${int(n)} B`;

/** The whole report as Markdown. */
export function markdownReport(r: BenchResults): string {
  const m = r.machine;
  const refresh = r.refreshUnderLoad;
  const c = r.codegen;
  const t = r.typeCheck;
  return [
    "# provider-clients benchmark",
    "",
    `${m.date} · ${m.cores} cores · ${m.cpuModel} · Node ${m.node} · ${m.platform}${m.quick ? " · QUICK (smoke scale, figures not comparable)" : ""}`,
    "",
    "## 1. Per-request overhead, stubbed fetch (answers on the next tick)",
    "",
    "Each row ran in a process of its own, in alternating rounds with bare openapi-fetch. time x = this row's time per request / bare openapi-fetch's, taken per round and the median reported (the budgeted figure); lower is faster. Rows starting `diag:` switch one layer off to show where time goes.",
    "",
    markdownTable(
      [
        "contender",
        "ops/s (median)",
        "bare openapi-fetch ops/s, same process",
        "ops/s vs bare",
        "time per request vs bare",
      ],
      r.stubbedOverhead.map((f) => [
        f.name,
        int(f.opsPerSecond),
        int(f.bareOpsPerSecond),
        x(f.ratioToBare),
        x(f.timeRatioToBare),
      ]),
    ),
    "",
    "## 2. Loopback HTTP (node:http server in a child process)",
    "",
    markdownTable(
      ["contender", "p50 ms", "p99 ms", "req/s", "p50 vs bare", "req/s vs bare", "requests"],
      r.loopback.map((f) => [
        f.name,
        ms(f.p50Ms),
        ms(f.p99Ms),
        int(f.requestsPerSecond),
        x(f.p50RatioToBare),
        x(f.throughputRatioToBare),
        int(f.requests),
      ]),
    ),
    "",
    `## 3. Refresh under load: ${int(refresh.concurrentCalls)} concurrent calls just after expiry`,
    "",
    markdownTable(
      ["figure", "warm token", "just expired", "added"],
      [
        [
          "whole burst ms",
          ms(refresh.warmBatchMs),
          ms(refresh.expiredBatchMs),
          ms(refresh.addedBatchMs),
        ],
        ["p50 call ms", ms(refresh.warmP50Ms), ms(refresh.expiredP50Ms), ms(refresh.addedP50Ms)],
        ["p99 call ms", ms(refresh.warmP99Ms), ms(refresh.expiredP99Ms), ms(refresh.addedP99Ms)],
      ],
    ),
    "",
    `Token requests per expiry burst: ${refresh.tokenRequestsPerBurst.join(", ")}; failed calls: ${refresh.failedCalls}.`,
    "",
    "## 4. Codegen and build",
    "",
    markdownTable(
      ["step", "time", "exit code", "note"],
      [
        [
          "generate every registered client, cold process",
          s(c.generateColdMs / 1000),
          String(c.generateExitCode),
          "into a temp copy of specs/",
        ],
        [
          "check:generated",
          s(c.checkGeneratedMs / 1000),
          String(c.checkGeneratedExitCode),
          c.checkGeneratedExitCode === 0 ? "up to date" : "reports stale files",
        ],
        [
          "no-op `pnpm build`",
          s(c.noOpBuildMs / 1000),
          String(c.noOpBuildExitCode),
          c.noOpBuildFullTurbo ? "FULL TURBO" : "not FULL TURBO",
        ],
      ],
    ),
    "",
    "## 5. Type-check cost (consumer calling every provider)",
    "",
    markdownTable(
      ["figure", "ours", "bare openapi-fetch", "ratio"],
      [
        ["check time", s(t.ours.checkTimeS), s(t.bare.checkTimeS), x(t.checkTimeRatio)],
        ["total tsc time", s(t.ours.totalTimeS), s(t.bare.totalTimeS), x(t.totalTimeRatio)],
        [
          "memory used",
          `${int(t.ours.memoryKb)} kB`,
          `${int(t.bare.memoryKb)} kB`,
          x(t.memoryRatio),
        ],
        [
          "instantiations",
          int(t.ours.instantiations),
          int(t.bare.instantiations),
          x(t.instantiationsRatio),
        ],
        ["types", int(t.ours.types), int(t.bare.types), x(t.ours.types / t.bare.types)],
        ["type errors", String(t.ours.errors), String(t.bare.errors), ""],
      ],
    ),
    "",
    "## 6. Bundle size (esbuild, ESM, browser, minified, Node built-ins left as imports)",
    "",
    "Peers, bundled with the same settings in the same run:",
    "",
    markdownTable(
      ["peer", "minified", "gzipped", "Node built-ins it imports"],
      r.bundle.peers.map((p) => [
        p.name,
        bytes(p.minified),
        bytes(p.gzipped),
        p.nodeImports.join(", ") || "none",
      ]),
    ),
    "",
    markdownTable(
      [
        "provider (consumer's credential)",
        "minified",
        "gzipped",
        "beyond openapi-fetch (gz)",
        "operation table (gz, alone)",
        "token-engine files",
        "with drift detection (min / gz)",
        "minified bytes by origin",
        "gzipped bytes by origin (each: whole minus the bundle without it)",
        "node: imports",
      ],
      r.bundle.providers.map((p) => [
        `${p.provider} (${p.staticCredential ? "static" : "managed"}${p.consumerFrom === "registry default" ? ", registry default" : ""})`,
        bytes(p.ours.minified),
        bytes(p.ours.gzipped),
        bytes(p.beyondOpenapiFetch.gzipped),
        bytes(p.operationTable.gzipped),
        p.tokenEngineFiles.length ? String(p.tokenEngineFiles.length) : "none",
        p.withDriftDetection
          ? `${bytes(p.withDriftDetection.minified)} / ${bytes(p.withDriftDetection.gzipped)}`
          : "no /validate entry",
        Object.entries(p.minifiedBytesByOrigin)
          .map(([k, v]) => `${k} ${int(v)}`)
          .join("; "),
        Object.entries(p.gzippedBytesByOrigin)
          .map(([k, v]) => `${k} ${int(v)}`)
          .join("; "),
        p.nodeImports.join(", ") || "none",
      ]),
    ),
    "",
    "## Budgets",
    "",
    markdownTable(
      ["budget", "limit", "this run", "met"],
      r.budgets.map((b) => [b.name, b.limit, b.actual, b.met ? "yes" : "**MISSED**"]),
    ),
    "",
  ].join("\n");
}
