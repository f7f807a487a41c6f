// Scenario 6: bundle size of a small consumer per provider, beside peer libraries bundled the same way.

import path from "node:path";
import {
  bareConsumer,
  driftDetectionConsumer,
  operationTableConsumer,
  oursConsumer,
  peerConsumers,
  staticConsumers,
} from "../bundle/bundle-consumers.js";
import {
  bundleSource,
  bytesByFile,
  bytesByOrigin,
  gzippedBytesByOrigin,
  tokenEngineFiles,
} from "../bundle/bundle-source.js";
import { benchRoot, providers, repoRoot } from "../repo-paths.js";
import type { BenchResults } from "../results.js";

/** Bundles the peers, the bare baseline, and each provider's consumer and operation table, in one run. */
export async function bundleSize(): Promise<BenchResults["bundle"]> {
  const peers = [];
  for (const peer of peerConsumers) {
    const bundled = await bundleSource(peer.source, benchRoot);
    peers.push({
      name: peer.name,
      comparedWith: peer.comparedWith,
      minified: bundled.minified,
      gzipped: bundled.gzipped,
      nodeImports: bundled.nodeImports,
    });
  }
  const bare = await bundleSource(bareConsumer, benchRoot);
  const figures = [];
  for (const provider of providers) {
    const ours = await bundleSource(oursConsumer(provider), benchRoot);
    const operationsFile = path.join(
      repoRoot,
      "packages",
      provider,
      "dist",
      "generated",
      "operations.js",
    );
    const table = await bundleSource(operationTableConsumer(operationsFile), benchRoot);
    const drift = await bundleSource(driftDetectionConsumer(provider), benchRoot);
    figures.push({
      provider,
      staticCredential: staticConsumers[provider] === true,
      ours: { minified: ours.minified, gzipped: ours.gzipped },
      beyondOpenapiFetch: {
        minified: ours.minified - bare.minified,
        gzipped: ours.gzipped - bare.gzipped,
      },
      operationTable: { minified: table.minified, gzipped: table.gzipped },
      withDriftDetection: { minified: drift.minified, gzipped: drift.gzipped },
      tokenEngineFiles: tokenEngineFiles(ours.metafile),
      minifiedBytesByOrigin: bytesByOrigin(ours.metafile, provider),
      gzippedBytesByOrigin: gzippedBytesByOrigin(ours, provider),
      minifiedBytesByFile: bytesByFile(ours.metafile),
      nodeImports: ours.nodeImports,
    });
  }
  return {
    bareOpenapiFetch: { minified: bare.minified, gzipped: bare.gzipped },
    peers,
    providers: figures,
  };
}
