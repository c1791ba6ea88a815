#!/usr/bin/env bash
# Builds the Observable Framework site into dist/, then fails on what the build lets through.
# The build goes to a temporary folder that replaces dist/ only once it has passed every check:
# a failed build never deletes the last good site.
#   SHAPAN_SITE_ROOT   source root (default src/docs; the template test builds a copy)
#   SHAPAN_SITE_OUTPUT where the site goes (default dist)
set -euo pipefail
cd "$(dirname "$0")/.."

export OBSERVABLE_TELEMETRY_DISABLE=true
# .ts data loaders are run with `tsx`, which must be on PATH even outside `npm run`.
export PATH="$PWD/node_modules/.bin:$PATH"
root=${SHAPAN_SITE_ROOT:-src/docs}
output=${SHAPAN_SITE_OUTPUT:-dist}
start=$SECONDS

# Before anything slow: a page that would make Framework reach the network fails here, by name.
node scripts/check-pages.mjs "$root"
# The engine, mathjs and the scenario schema as the modules pages and workers share.
node scripts/bundle-site.mjs

cache=$root/.observablehq/cache
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

staging=$(mktemp -d "${output%/}.building.XXXXXX")
trap 'rm -rf "$staging"' EXIT
SHAPAN_SITE_OUTPUT=$staging observable build
node scripts/check-dist.mjs "$staging"
# Framework's viewport tag sets maximum-scale=1, which stops readers zooming in on a phone.
find "$staging" -name '*.html' -exec sed -i 's/, maximum-scale=1"/"/' {} +

# Swap: the new site replaces the old one only now that it has passed.
if [ -d "$output" ]; then
  old=$(mktemp -d "${output%/}.old.XXXXXX")
  rmdir "$old"
  mv "$output" "$old"
  mv "$staging" "$output"
  rm -rf "$old"
else
  mv "$staging" "$output"
fi
echo "build-site: $output/ done in $((SECONDS - start))s"
