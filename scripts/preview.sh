#!/usr/bin/env bash
# `npm start`: Framework's preview, with the engine bundle (scripts/bundle-site.mjs) rebuilt
# whenever the engine changes, so the preview reloads with it.
set -euo pipefail
cd "$(dirname "$0")/.."
export OBSERVABLE_TELEMETRY_DISABLE=true
export PATH="$PWD/node_modules/.bin:$PATH"
node scripts/bundle-site.mjs
node scripts/bundle-site.mjs --watch &
watcher=$!
trap 'kill "$watcher" 2>/dev/null || true' EXIT
observable preview "$@"
