// Scenario 6: bundle size of a small consumer per provider, beside peer libraries bundled the same way.
import {
  bareConsumer,
  driftDetectionConsumer,
  operationTableConsumer,
  oursConsumer,
  peerConsumers,
} from "../bundle/bundle-consumers.js";
import {
  bundleSource,
  bytesByFile,
  bytesByOrigin,
  gzippedBytesByOrigin,
  tokenEngineFiles,
} from "../bundle/bundle-source.js";
import { operationsFile } from "../provider-parts/probe-path.js";
import { benchParts } from "../provider-parts/provider-parts.js";
import { benchRoot } from "../repo-paths.js";
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
  for (const parts of await benchParts()) {
    const { provider, bundleConsumer } = parts;
    const ours = await bundleSource(oursConsumer(bundleConsumer), benchRoot);
    const table = await bundleSource(operationTableConsumer(operationsFile(provider)), benchRoot);
    const drift = parts.validateEntry
      ? await bundleSource(driftDetectionConsumer(parts.packageName, bundleConsumer), benchRoot)
      : null;
    figures.push({
      provider,
      staticCredential: parts.staticCredential,
      consumerFrom: parts.from.bundleConsumer,
      ours: { minified: ours.minified, gzipped: ours.gzipped },
      beyondOpenapiFetch: {
        minified: ours.minified - bare.minified,
        gzipped: ours.gzipped - bare.gzipped,
      },
      operationTable: { minified: table.minified, gzipped: table.gzipped },
      withDriftDetection: drift && { minified: drift.minified, gzipped: drift.gzipped },
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
