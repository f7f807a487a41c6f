#!/usr/bin/env bash
# One-time machine setup: pnpm at the pinned version, redis-server for the store tests, chromium for
# the browser suite, util-linux's script for the CLI suite's pseudo-terminal, dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 REDOCLY_TELEMETRY=off

pnpm_version="12.4.2"
# Ask from / so pnpm does not write a lockfile next to a packageManager field.
if [ "$(cd / && pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "setup: installing pnpm $pnpm_version with npm"
  npm install -g "pnpm@$pnpm_version" --no-fund --no-audit
fi

# Debian packages the tests need: redis-server (token-store-redis tests), chromium (tests/browser; no
# browser is ever downloaded by npm), bsdutils (util-linux's script: the tests/cli pseudo-terminal).
# One apt-get update, and only when one of them is missing.
apt_packages=()
command -v redis-server >/dev/null 2>&1 || apt_packages+=(redis-server)
[ -x /usr/bin/chromium ] || apt_packages+=(chromium)
command -v script >/dev/null 2>&1 || apt_packages+=(bsdutils)
if [ "${#apt_packages[@]}" -gt 0 ]; then
  echo "setup: installing ${apt_packages[*]} with apt"
  if [ "$(id -u)" = "0" ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${apt_packages[@]}" >/dev/null
fi

pnpm install --frozen-lockfile
