#!/usr/bin/env bash
# Builds the Observable Framework site into dist/, then fails on what the build lets through.
set -euo pipefail
cd "$(dirname "$0")/.."

export OBSERVABLE_TELEMETRY_DISABLE=true
# .ts data loaders are run with `tsx`, which must be on PATH even outside `npm run`.
export PATH="$PWD/node_modules/.bin:$PATH"

cache=src/docs/.observablehq/cache
# Framework reuses cached loader output (and module bundles) even when their code changed.
# _npm is kept: its directory names are Framework's npm version cache.
if [ -d "$cache" ]; then
  find "$cache" -mindepth 1 -maxdepth 1 ! -name _npm -exec rm -rf {} +
fi

# Framework's stdlib lazily references these libraries (unused by our pages, which import
# explicitly) and resolves their versions on registry.npmjs.org unless the version cache
# has them. Seeding it keeps a fresh checkout's build offline and deterministic.
for spec in @observablehq/plot@0.6.17 @observablehq/sample-datasets@1.0.1 apache-arrow@21.2.0 \
  arquero@8.0.3 d3-dsv@3.0.2 d3@7.9.2 echarts@6.1.0 htl@1.0.0 leaflet@1.9.4 lodash@4.18.1 \
  mapbox-gl@3.32.0 parquet-wasm@0.8.0 react-dom@19.3.1 react@19.3.1 topojson-client@3.1.0; do
  mkdir -p "$cache/_npm/$spec"
done

start=$SECONDS
observable build
node scripts/check-dist.mjs dist
echo "build-site: done in $((SECONDS - start))s"
