#!/usr/bin/env bash
# One-time machine setup: pnpm at the pinned version, redis-server for the store tests, chromium for
# the browser suite, dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 REDOCLY_TELEMETRY=off

pnpm_version="12.4.2"
# Ask from / so pnpm does not write a lockfile next to a packageManager field.
if [ "$(cd / && pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "setup: installing pnpm $pnpm_version with npm"
  npm install -g "pnpm@$pnpm_version" --no-fund --no-audit
fi

if ! command -v redis-server >/dev/null 2>&1; then
  echo "setup: installing redis-server (needed by the token-store-redis tests)"
  if [ "$(id -u)" = "0" ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq redis-server >/dev/null
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing chromium (needed by the tests/browser suite; no browser is ever downloaded by npm)"
  if [ "$(id -u)" = "0" ]; then sudo_cmd=""; else sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

pnpm install --frozen-lockfile
