// The shape of bench/results/latest.json: every figure one `pnpm bench` run produces.

/** Where and when the run happened. */
export interface MachineInfo {
  cores: number;
  cpuModel: string;
  node: string;
  platform: string;
  date: string;
  quick: boolean;
}

/** One contender's per-request throughput over a stubbed fetch. */
export interface OpsFigure {
  name: string;
  opsPerSecond: number;
  /** Bare openapi-fetch's median ops/s in the same process (every bare round, for its own row). */
  bareOpsPerSecond: number;
  /** Ops/s divided by bare openapi-fetch's in the same round, median over rounds (1 = as fast). */
  ratioToBare: number;
  /** Time per request divided by bare openapi-fetch's in the same round, median over rounds (the budgeted "x"). */
  timeRatioToBare: number;
  rounds: number[];
}

/** One contender over real loopback HTTP. */
export interface LoopbackFigure {
  name: string;
  p50Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  p50RatioToBare: number;
  throughputRatioToBare: number;
  requests: number;
}

/** 10,000 (or fewer with --quick) concurrent calls just after the token expired. */
export interface RefreshFigure {
  concurrentCalls: number;
  /** Token requests per expiry burst, one entry per round. */
  tokenRequestsPerBurst: number[];
  warmBatchMs: number;
  expiredBatchMs: number;
  addedBatchMs: number;
  warmP50Ms: number;
  expiredP50Ms: number;
  addedP50Ms: number;
  warmP99Ms: number;
  expiredP99Ms: number;
  addedP99Ms: number;
  failedCalls: number;
}

/** Codegen, check:generated and a no-op build. */
export interface CodegenFigure {
  generateColdMs: number;
  generateExitCode: number;
  checkGeneratedMs: number;
  checkGeneratedExitCode: number;
  noOpBuildMs: number;
  noOpBuildExitCode: number;
  noOpBuildFullTurbo: boolean;
  /** Tasks turbo re-ran in the "no-op" build (non-empty means inputs changed or a task is not cacheable). */
  noOpBuildCacheMisses: string[];
}

/** tsc --extendedDiagnostics figures for one consumer file. */
export interface TypeCheckRun {
  checkTimeS: number;
  totalTimeS: number;
  memoryKb: number;
  instantiations: number;
  types: number;
  errors: number;
}

/** Our consumer against the bare one, medians over rounds. */
export interface TypeCheckFigure {
  ours: TypeCheckRun;
  bare: TypeCheckRun;
  checkTimeRatio: number;
  totalTimeRatio: number;
  memoryRatio: number;
  instantiationsRatio: number;
}

/** Minified and gzipped bytes of one bundle. */
export interface BundleBytes {
  minified: number;
  gzipped: number;
}

/** A peer library's consumer, bundled with the same esbuild settings in the same run. */
export interface PeerBundleFigure extends BundleBytes {
  name: string;
  /** The provider whose consumer a budget compares with this peer, if any. */
  comparedWith?: string | undefined;
  /** Node built-ins it imports (left out of the bundle, as for ours). */
  nodeImports: string[];
}

/** One provider's consumer bundle and what of it is ours beyond openapi-fetch. */
export interface BundleFigure {
  provider: string;
  /** The consumer holds a static credential, so its bundle must carry no token engine. */
  staticCredential: boolean;
  /** Whether the consumer is the provider's own (`packages/<name>/suites/bench.ts`) or the registry default. */
  consumerFrom: "own file" | "registry default";
  /** Token-engine files found in the bundle (esbuild metafile): none is the tree-shaking check. */
  tokenEngineFiles: string[];
  ours: BundleBytes;
  /** ours minus the bare openapi-fetch consumer. */
  beyondOpenapiFetch: BundleBytes;
  /** The generated operation table alone (part of beyondOpenapiFetch). */
  operationTable: BundleBytes;
  /** The same consumer with the `/validate` entry's drift detection on (generated validators included); null when the package has no `/validate` entry. */
  withDriftDetection: BundleBytes | null;
  /** Minified bytes in the bundle by origin, from esbuild's metafile. */
  minifiedBytesByOrigin: Record<string, number>;
  /** What each origin adds to the gzipped bundle (whole bundle minus the bundle without it), largest first. */
  gzippedBytesByOrigin: Record<string, number>;
  /** Minified bytes by input file beyond openapi-fetch, largest first. */
  minifiedBytesByFile: Record<string, number>;
  /** `node:` modules the browser bundle still imports (should be none). */
  nodeImports: string[];
}

/** A budget and whether this run met it. */
export interface BudgetResult {
  name: string;
  limit: string;
  actual: string;
  met: boolean;
}

/** The whole report. */
export interface BenchResults {
  machine: MachineInfo;
  stubbedOverhead: OpsFigure[];
  loopback: LoopbackFigure[];
  refreshUnderLoad: RefreshFigure;
  codegen: CodegenFigure;
  typeCheck: TypeCheckFigure;
  bundle: { bareOpenapiFetch: BundleBytes; peers: PeerBundleFigure[]; providers: BundleFigure[] };
  budgets: BudgetResult[];
}
